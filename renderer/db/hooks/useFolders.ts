import { useLiveQuery } from 'dexie-react-hooks';
import type { FolderRow } from '../GleanerDb';
import { useDb } from '../DbContext';
import { listFolders } from '../repositories/foldersRepository';

/** Folders opened before, most recent first, kept live. */
export function useFolders(): FolderRow[] {
  const db = useDb();
  return useLiveQuery(() => listFolders(db), [db]) ?? [];
}
