import { cleanClipping } from '../../shared/clean/cleanClipping';
import { forImport, type CleanError, type ImportedCleanResult } from '../../shared/model/CleanArticle';
import { sha256Hex } from './sha256Hex';

/** Files over this are refused before reading (SECURITY.md, bad-input row 20). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What reading, hashing and cleaning one picked file came to. `size`/`mtime` when the file could be asked. */
export type FileCleanOutcome =
  | { kind: 'cleaned'; size: number; mtime: number; sha256: string; result: ImportedCleanResult }
  | { kind: 'too-large'; size: number; mtime: number }
  | { kind: 'unreadable'; message: string }
  /** The host stopped the cleaner (time budget, crash): the file's own outcome is unknown. */
  | { kind: 'failed'; error: CleanError };

/**
 * Reads a picked file, hashes its bytes and cleans them: everything an import needs from one
 * file, done where this runs (the web edition's cleaning worker), so the page only routes File
 * handles and stores results. (Posting a File from a folder input still costs the page about a
 * millisecond: Chromium fetches the file's size and date synchronously to clone it.)
 */
export async function cleanFile(file: Blob, fileName: string): Promise<FileCleanOutcome> {
  let size: number, mtime: number, bytes: Uint8Array;
  try {
    size = file.size;
    mtime = (file as Partial<File>).lastModified ?? 0;
    if (size > MAX_FILE_BYTES) return { kind: 'too-large', size, mtime };
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { kind: 'unreadable', message: e instanceof Error ? e.message : String(e) };
  }
  let sha256: string;
  try {
    sha256 = await sha256Hex(bytes);
  } catch (e) {
    // No crypto.subtle outside a secure context: the file cannot be identified, so it is not stored.
    return { kind: 'failed', error: { code: 'internal', message: `The file could not be hashed: ${e instanceof Error ? e.message : String(e)}` } };
  }
  let result: ImportedCleanResult;
  try {
    result = forImport(cleanClipping(bytes, fileName));
  } catch (e) {
    // cleanClipping never throws by contract; a stack overflow on hostile input still could.
    result = { ok: false, error: { code: 'internal', message: `The cleaner failed on this file: ${e instanceof Error ? e.message : String(e)}` } };
  }
  return { kind: 'cleaned', size, mtime, sha256, result };
}
