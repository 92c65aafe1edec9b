import type { ImportedCleanResult } from '../../shared/model/CleanArticle';

/** What the import service sends the cleaning worker for one file (bytes are transferred). */
export interface CleanTaskInput {
  bytes: Uint8Array;
  fileName: string;
  maxBytes: number;
}

/** What the worker answers: the cleaner's result (as an import carries it) and the SHA-256 of the original bytes. */
export interface CleanTaskOutput {
  sha256: string;
  result: ImportedCleanResult;
}
