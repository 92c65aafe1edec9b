import type { FileCleanOutcome } from './cleanFile';

/** Page -> worker: read, hash and clean this file (a File is cloned as a handle, not its bytes). */
export interface CleanRequest {
  id: number;
  file: Blob;
  fileName: string;
}

/** Worker -> page: the outcome for request `id`. */
export interface CleanResponse {
  id: number;
  outcome: FileCleanOutcome;
}
