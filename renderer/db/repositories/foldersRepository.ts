import type { FolderRow, GleanerDb } from '../GleanerDb';

/** Remembers a folder the user opened (for re-import and watching); keeps its first-opened time. */
export async function recordFolderImport(db: GleanerDb, root: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.folders, async () => {
    const existing = await db.folders.get(root);
    await db.folders.put({ root, openedAt: existing?.openedAt ?? now, lastImportAt: now });
  });
}

/** Folders opened before, most recently imported first. */
export async function listFolders(db: GleanerDb): Promise<FolderRow[]> {
  return (await db.folders.toArray()).sort((a, b) => b.lastImportAt - a.lastImportAt);
}
