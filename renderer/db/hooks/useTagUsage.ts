import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../DbContext';
import { listTagUsage, type TagUsage } from '../repositories/tagsRepository';

const EMPTY: TagUsage[] = [];

/** Every tag with its colour and use counts, kept live. */
export function useTagUsage(): TagUsage[] {
  const db = useDb();
  return useLiveQuery(() => listTagUsage(db), [db]) ?? EMPTY;
}
