import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../DbContext';
import { searchArticles, type SearchHit } from '../repositories/searchRepository';

/**
 * Full-text hits for a query by article id; null when there is no query (show everything).
 * `undefined` while the search runs, so the table can say "Searching…".
 */
export function useSearchHits(query: string): Map<string, SearchHit> | null | undefined {
  const db = useDb();
  const trimmed = query.trim();
  return useLiveQuery(
    async () => (trimmed ? new Map((await searchArticles(db, trimmed)).map((hit) => [hit.articleId, hit])) : null),
    [db, trimmed],
  );
}
