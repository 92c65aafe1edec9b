import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { AutoBackupResult } from '../../../shared/ipc/contract';
import { writeFileNoClobber } from '../export/atomicWrite';

/** How many automatic backups are kept when the setting says nothing. */
export const DEFAULT_BACKUPS_KEPT = 10;
const BACKUP_NAME = /^gleaner-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.json$/u;
// Temp files of writeFileNoClobber that a crash left behind (".<name>.<hex>.tmp").
const STALE_TEMP = /^\.gleaner-backup-.*\.tmp$/u;
const STALE_TEMP_AGE_MS = 60 * 60 * 1000;

/** `gleaner-backup-2025-01-31T09-15-00-000Z.json`: sorts by time as text, and is a valid name everywhere (no colons). */
export function backupFileName(now: Date, attempt = 0): string {
  const stamp = now.toISOString().replaceAll(':', '-').replace('.', '-');
  return `gleaner-backup-${stamp}${attempt ? `-${attempt}` : ''}.json`;
}

/** Sort key of a backup name: its time stamp, then its same-millisecond counter. */
function sortKey(name: string): string {
  const match = BACKUP_NAME.exec(name);
  return `${match?.[1] ?? ''}#${(match?.[2] ?? '0').padStart(3, '0')}`;
}

/** The automatic backups in `dir`, oldest first. */
export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: { code?: string }) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names.filter((name) => BACKUP_NAME.test(name)).sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

/**
 * Writes one automatic backup into `dir` and keeps only the newest `keep`. The file appears
 * whole or not at all (temp file, then a link that never replaces), and older backups are
 * deleted only after the new one is in place, so a crash or a full disk never leaves fewer
 * good backups than before. Files the user put in the folder are never touched.
 */
export async function writeRotatingBackup(dir: string, content: string, options: { keep?: number; now?: Date } = {}): Promise<AutoBackupResult> {
  const keep = Math.max(1, Math.floor(options.keep ?? DEFAULT_BACKUPS_KEPT));
  const now = options.now ?? new Date();
  await mkdir(dir, { recursive: true });
  await removeStaleTemps(dir, now.getTime());

  let name = '';
  for (let attempt = 0; ; attempt++) {
    name = backupFileName(now, attempt);
    // Two backups in the same millisecond get "-1", "-2": never overwrite an earlier one.
    if (await writeFileNoClobber(path.join(dir, name), content)) break;
    if (attempt >= 99) throw new Error('Could not find a free backup file name.');
  }

  const all = await listBackups(dir);
  const excess = all.slice(0, Math.max(0, all.length - keep)).filter((old) => old !== name);
  let removed = 0;
  for (const old of excess) {
    await unlink(path.join(dir, old)).then(
      () => (removed += 1),
      // Already gone (another window rotated it) is fine; anything else leaves one extra backup.
      () => undefined,
    );
  }
  return { written: true, name, kept: all.length - removed, removed };
}

async function removeStaleTemps(dir: string, now: number): Promise<void> {
  for (const name of (await readdir(dir)).filter((n) => STALE_TEMP.test(n))) {
    const full = path.join(dir, name);
    const info = await stat(full).catch(() => null);
    // A young temp file may belong to a write in progress; leave it.
    if (info && now - info.mtimeMs > STALE_TEMP_AGE_MS) await unlink(full).catch(() => undefined);
  }
}
