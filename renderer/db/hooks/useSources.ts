import { useLiveQuery } from 'dexie-react-hooks';
import type { Source } from '../../../shared/model/Library';
import { useDb } from '../DbContext';

const EMPTY = new Map<string, Source>();

/** Sources by id, kept live, for the library's Source and Reliability columns. */
export function useSourcesById(): Map<string, Source> {
  const db = useDb();
  return useLiveQuery(async () => new Map((await db.sources.toArray()).map((s) => [s.id, s])), [db]) ?? EMPTY;
}
