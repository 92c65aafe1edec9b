import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../DbContext';
import { searchArticles, type SearchHit } from '../repositories/searchRepository';

/** The hits of one query; `hits` is null when the query is empty (show everything). */
export interface SearchResult {
  query: string;
  hits: Map<string, SearchHit> | null;
}

/**
 * Full-text hits for a query by article id, kept live. The result names its query, because a
 * live query keeps returning the previous result while the next one runs: the caller can tell
 * a stale result from the current one.
 */
export function useSearchHits(query: string): SearchResult | undefined {
  const db = useDb();
  const trimmed = query.trim();
  return useLiveQuery(
    async () => ({ query: trimmed, hits: trimmed ? new Map((await searchArticles(db, trimmed)).map((hit) => [hit.articleId, hit])) : null }),
    [db, trimmed],
  );
}
