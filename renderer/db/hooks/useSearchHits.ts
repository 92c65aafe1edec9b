import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../DbContext';
import { probableHits, searchArticles, type SearchHit } from '../repositories/searchArticles';

/** The hits of one query; `hits` is null when the query is empty (show everything). */
export interface SearchResult {
  query: string;
  hits: Map<string, SearchHit> | null;
  /**
   * False while the hits are the first answer from the index alone (every token present, not
   * yet checked to stand together as the phrase); true once they are exact.
   */
  complete: boolean;
}

const byId = (hits: SearchHit[]) => new Map(hits.map((hit) => [hit.articleId, hit]));

/**
 * Full-text hits for a query by article id, kept live, in two steps: the index's first answer,
 * then the exact one (see probableHits and searchArticles). The result names its query, because
 * a live query keeps returning the previous result while the next one runs: the caller can tell
 * a stale result from the current one.
 */
export function useSearchHits(query: string): SearchResult | undefined {
  const db = useDb();
  const trimmed = query.trim();
  const first = useLiveQuery(async (): Promise<SearchResult> => {
    if (!trimmed) return { query: trimmed, hits: null, complete: true };
    const { hits, exact } = await probableHits(db, trimmed);
    return { query: trimmed, hits: byId(hits), complete: exact };
  }, [db, trimmed]);
  const exact = useLiveQuery(async (): Promise<SearchResult> => {
    if (!trimmed) return { query: trimmed, hits: null, complete: true };
    return { query: trimmed, hits: byId(await searchArticles(db, trimmed)), complete: true };
  }, [db, trimmed]);
  if (exact?.query === trimmed) return exact;
  if (first?.query === trimmed) return first;
  return exact ?? first;
}
