import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../DbContext';
import { getLastBackupAt, isLibraryEmpty } from '../repositories/backupRepository';

/** When the library was last backed up, and whether there is anything to back up; undefined while loading. */
export function useBackupState(): { lastBackupAt: number | null; empty: boolean } | undefined {
  const db = useDb();
  return useLiveQuery(async () => ({ lastBackupAt: await getLastBackupAt(db), empty: await isLibraryEmpty(db) }), [db]);
}
