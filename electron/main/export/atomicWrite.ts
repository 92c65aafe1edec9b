import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Writes `data` to a new temporary file beside `target`, flushed to disk; returns its path. */
async function writeTemp(target: string, data: string | Uint8Array): Promise<string> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => {});
    throw error;
  }
  await handle.close();
  return temp;
}

/**
 * Replaces `target` atomically: readers see the old file or the new one, never half of either,
 * and a crash mid-write leaves the old file intact. For files the app owns (window state,
 * folder list) and for a save target the user confirmed in the native dialog.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = await writeTemp(target, data);
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/**
 * Creates `target` with `data` only if nothing exists there: false when the name is taken.
 * The complete temp file is hard-linked into place (link() never replaces), so the name
 * appears with its full content or not at all. File systems without hard links (FAT, some
 * network shares) fall back to an exclusive copy.
 */
export async function writeFileNoClobber(target: string, data: string | Uint8Array): Promise<boolean> {
  const temp = await writeTemp(target, data);
  try {
    await link(temp, target);
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    try {
      await copyFile(temp, target, constants.COPYFILE_EXCL);
      return true;
    } catch (copyError) {
      if ((copyError as { code?: string }).code === 'EEXIST') return false;
      throw copyError;
    }
  } finally {
    await unlink(temp).catch(() => {});
  }
}
