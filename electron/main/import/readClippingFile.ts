import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { fsErrorReason } from './fsErrorReason';

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array; size: number; mtimeMs: number }
  | { ok: false; status: 'skipped' | 'failed'; reason: string; tooLarge?: boolean };

// O_NOFOLLOW: a file swapped for a symlink after the walk is refused, not followed.
// O_NONBLOCK: a file swapped for a FIFO opens at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads one clipping found by walkFolder, re-checking through the open handle what the walk
 * saw by name (regular file, under the size cap), since the folder can change in between.
 */
export async function readClippingFile(absolutePath: string, maxBytes: number): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(absolutePath, OPEN_FLAGS);
  } catch (error) {
    // With O_NOFOLLOW, ELOOP means the name is now a symbolic link.
    if ((error as { code?: string }).code === 'ELOOP') return { ok: false, status: 'skipped', reason: 'is a symbolic link; not followed' };
    const reason = fsErrorReason(error);
    return { ok: false, status: reason === 'permission denied' ? 'skipped' : 'failed', reason };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, status: 'skipped', reason: 'no longer a regular file; not read' };
    if (info.size > maxBytes) return { ok: false, status: 'failed', tooLarge: true, reason: `over the ${Math.round(maxBytes / 1048576)} MB limit; not read` };
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // A file that shrank while being read is imported as what was there; one that grew is capped.
    return { ok: true, bytes: filled === bytes.length ? bytes : bytes.slice(0, filled), size: filled, mtimeMs: info.mtimeMs };
  } catch (error) {
    return { ok: false, status: 'failed', reason: fsErrorReason(error) };
  } finally {
    await handle.close().catch(() => {});
  }
}
