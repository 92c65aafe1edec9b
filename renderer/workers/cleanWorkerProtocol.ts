import type { CleanResult } from '../../shared/model/CleanArticle';

/** Page -> worker: clean these bytes. The buffer is transferred, not copied. */
export interface CleanRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

/** Worker -> page: the cleaner's result for request `id`. */
export interface CleanResponse {
  id: number;
  result: CleanResult;
}
