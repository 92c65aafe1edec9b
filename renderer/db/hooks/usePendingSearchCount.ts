import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../DbContext';
import { countPendingSearch } from '../repositories/searchRepository';

/** How many articles still wait for their search postings, kept live (0 while loading). */
export function usePendingSearchCount(): number {
  const db = useDb();
  return useLiveQuery(() => countPendingSearch(db), [db]) ?? 0;
}
