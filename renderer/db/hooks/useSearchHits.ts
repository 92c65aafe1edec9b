import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../DbContext';
import { probableHits, searchArticles, searchInMemory, type SearchHit } from '../repositories/searchArticles';
import { searchWorkerFor } from '../../search/SearchWorkerClient';

/** The hits of one query; `hits` is null when the query is empty (show everything). */
export interface SearchResult {
  query: string;
  hits: Map<string, SearchHit> | null;
  /**
   * False while the hits are the first answer from the index alone (every token present, not
   * yet checked to stand together as the phrase); true once they are exact.
   */
  complete: boolean;
  /** What answered: the search worker's in-memory index, or the stored postings (its fallback). */
  answeredBy: 'memory' | 'postings';
}

const byId = (hits: SearchHit[]) => new Map(hits.map((hit) => [hit.articleId, hit]));

/**
 * Full-text hits for a query by article id, kept live. The search worker's in-memory index
 * answers exactly at once (see searchInMemory). Until it has read the stored texts, or where
 * there is no worker, the stored postings answer in two steps: their first answer, then the
 * exact one (see probableHits and searchArticles). The result names its query, because
 * a live query keeps returning the previous result while the next one runs: the caller can tell
 * a stale result from the current one.
 */
export function useSearchHits(query: string): SearchResult | undefined {
  const db = useDb();
  const trimmed = query.trim();
  const worker = searchWorkerFor(db.name);
  const first = useLiveQuery(async (): Promise<SearchResult> => {
    if (!trimmed) return { query: trimmed, hits: null, complete: true, answeredBy: 'memory' };
    const inMemory = worker ? await searchInMemory(db, worker, trimmed) : null;
    if (inMemory) return { query: trimmed, hits: byId(inMemory), complete: true, answeredBy: 'memory' };
    const { hits, exact } = await probableHits(db, trimmed);
    return { query: trimmed, hits: byId(hits), complete: exact, answeredBy: 'postings' };
  }, [db, worker, trimmed]);
  const exact = useLiveQuery(async (): Promise<SearchResult> => {
    if (!trimmed) return { query: trimmed, hits: null, complete: true, answeredBy: 'memory' };
    const inMemory = worker ? await searchInMemory(db, worker, trimmed) : null;
    if (inMemory) return { query: trimmed, hits: byId(inMemory), complete: true, answeredBy: 'memory' };
    return { query: trimmed, hits: byId(await searchArticles(db, trimmed)), complete: true, answeredBy: 'postings' };
  }, [db, worker, trimmed]);
  if (exact?.query === trimmed) return exact;
  if (first?.query === trimmed) return first;
  return exact ?? first;
}
