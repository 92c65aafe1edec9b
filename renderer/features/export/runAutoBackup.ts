import type { AutoBackupResult, GleanerInvokeApi } from '../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../shared/ipc/Result';
import type { GleanerDb } from '../../db/GleanerDb';
import { createBackup, getLastBackupAt, isLibraryEmpty, resetLastBackupAt } from '../../db/repositories/backupRepository';
import { getSetting } from '../../db/repositories/settingsRepository';

/**
 * One automatic backup: the whole library (originals included, so a backup alone can bring a
 * library back) handed to the host, which writes it and rotates the old ones. An empty library
 * is not backed up: after an accident, rotating empty backups in would push the good ones out.
 * If the host could not write it, the "last backup" time goes back to what it was.
 */
export async function runAutoBackup(db: GleanerDb, host: Pick<GleanerInvokeApi, 'writeAutoBackup'>, now = Date.now()): Promise<Result<AutoBackupResult>> {
  if (await isLibraryEmpty(db)) return ok({ written: false, kept: 0, removed: 0, message: 'The library is empty: nothing to back up.' });
  const before = await getLastBackupAt(db);
  const keep = await getSetting(db, 'autoBackupKeep');
  try {
    const blob = await createBackup(db, { includeOriginals: true }, now);
    const written = await host.writeAutoBackup(await blob.text(), { keep });
    if (!written.ok || !written.value.written) await resetLastBackupAt(db, before);
    return written;
  } catch (e) {
    await resetLastBackupAt(db, before);
    return err({ code: 'backup-failed', message: e instanceof Error ? e.message : String(e) });
  }
}

