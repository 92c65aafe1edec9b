import { useLiveQuery } from 'dexie-react-hooks';
import type { Snippet } from '../../../shared/search/makeSnippet';
import { useDb } from '../DbContext';
import { loadSnippets } from '../repositories/searchArticles';

/**
 * The snippet of `query` in one article, read when its row is on screen: a one-token search
 * finds its hits from the postings alone and leaves snippets to the rows that show them.
 * Undefined while loading, null when the text has no match (e.g. the hit is in a note).
 */
export function useSnippet(articleId: string, query: string | null): Snippet | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (query ? ((await loadSnippets(db, query, [articleId])).get(articleId) ?? null) : null), [db, articleId, query]);
}
