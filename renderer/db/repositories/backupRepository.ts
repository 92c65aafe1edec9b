import Dexie from 'dexie';
import { exportDB, importDB, importInto, peakImportFile } from 'dexie-export-import';
import type { GleanerDb } from '../GleanerDb';
import { mergeBackupInto } from './backupMerge';
import { rebuildMissingSearchEntries } from './searchRepository';

/** The settings row that remembers when the library was last backed up (ms since epoch). */
export const LAST_BACKUP_KEY = 'backup.lastAt';

/** Backs up the whole library to one JSON file; without originals, versions keep their text but not the raw page. */
export async function createBackup(db: GleanerDb, options: { includeOriginals: boolean }, now = Date.now()): Promise<Blob> {
  const blob = await exportDB(db, {
    transform: (table, value: Record<string, unknown>, key) =>
      table === 'versions' && !options.includeOriginals ? { value: { ...value, original: '' }, key } : { value, key },
  });
  await setLastBackupAt(db, now);
  return blob;
}

/** The library holds nothing a user made or imported (settings alone do not count). */
export async function isLibraryEmpty(db: GleanerDb): Promise<boolean> {
  const counts = await Promise.all([db.articles.count(), db.highlights.count(), db.sources.count(), db.documentNotes.count(), db.tags.count()]);
  return counts.every((count) => count === 0);
}

/** Refuses files that are not a Gleaner backup, or come from a newer schema than this app knows. */
async function checkBackup(db: GleanerDb, blob: Blob): Promise<void> {
  let meta;
  try {
    meta = await peakImportFile(blob);
  } catch {
    throw new Error('This file is not a Gleaner backup (it is not a database export).');
  }
  const tables = new Set((Array.isArray(meta?.data?.tables) ? meta.data.tables : []).map((table) => table.name));
  if (meta?.formatName !== 'dexie' || !tables.has('articles') || !tables.has('highlights')) throw new Error('This file is not a Gleaner backup.');
  if (meta.data.databaseVersion > db.verno) throw new Error(`This backup comes from a newer Gleaner (schema ${meta.data.databaseVersion}); update Gleaner to restore it.`);
}

/** The outcome of a restore, for the message the user sees. */
export interface RestoreResult {
  mode: 'restored' | 'merged';
  added: Record<string, number>;
}

/**
 * Restores a backup. Into an empty library, every row comes back exactly as it was. Into a
 * library that holds data, the backup is merged: nothing local is overwritten and nothing is
 * duplicated (rows are matched by id, articles also by folder and path, sources by their key).
 */
export async function restoreBackup(db: GleanerDb, blob: Blob): Promise<RestoreResult> {
  await checkBackup(db, blob);
  if (await isLibraryEmpty(db)) {
    const lastBackup = await getLastBackupAt(db);
    await importInto(db, blob, { acceptNameDiff: true, acceptVersionDiff: true, overwriteValues: true });
    // The backup carries the time of the backup before it; keep the newer one.
    const restored = await getLastBackupAt(db);
    if (lastBackup !== null && (restored === null || restored < lastBackup)) await setLastBackupAt(db, lastBackup);
    // A backup from schema 1 has no searchText rows: build them from the restored articles.
    await rebuildMissingSearchEntries(db);
    return { mode: 'restored', added: {} };
  }
  const scratchName = `gleaner-restore-${crypto.randomUUID()}`;
  const scratch = await importDB(blob, { name: scratchName });
  try {
    const added = await mergeBackupInto(db, scratch);
    await rebuildMissingSearchEntries(db);
    return { mode: 'merged', added };
  } finally {
    scratch.close();
    await Dexie.delete(scratchName);
  }
}

/** When the library was last backed up, or null if never. */
export async function getLastBackupAt(db: GleanerDb): Promise<number | null> {
  const row = await db.settings.get(LAST_BACKUP_KEY);
  return typeof row?.value === 'number' ? row.value : null;
}

/** Records a backup time (the web edition reminds the user when it gets old). */
export async function setLastBackupAt(db: GleanerDb, at: number): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
}

/** Puts back a "last backup" time read earlier (null: never backed up), when a backup did not reach the disk. */
export async function resetLastBackupAt(db: GleanerDb, at: number | null): Promise<void> {
  if (at === null) await db.settings.delete(LAST_BACKUP_KEY);
  else await setLastBackupAt(db, at);
}
