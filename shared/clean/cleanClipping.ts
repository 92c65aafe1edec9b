import type { CleanResult } from '../model/CleanArticle';

/** Options for one cleaning run. */
export interface CleanOptions {
  /** Force a decoding (WHATWG label) instead of detecting one. */
  encoding?: string;
  /** Files larger than this are refused before decoding (bytes). */
  maxBytes?: number;
}

/** The bump makes stored articles eligible for a re-clean. */
export const CLEANER_VERSION = 1;

/**
 * Cleans one clipping: bytes + file name -> CleanArticle or a typed error. Never throws.
 * (Work in progress: the pipeline lands in shared/clean/stages.)
 */
export function cleanClipping(_bytes: Uint8Array, _fileName: string, _options: CleanOptions = {}): CleanResult {
  return { ok: false, error: { code: 'internal', message: 'cleaner not implemented yet' } };
}
