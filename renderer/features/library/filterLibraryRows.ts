import type { Snippet } from '../../../shared/search/makeSnippet';
import { articleMatcher, type LibraryFilters } from './filterArticles';
import type { LibraryRow } from './LibraryRow';

/** Full-text hits by article id (only `has` is used here), or null when no search is active. */
export type RowHits = ReadonlyMap<string, { snippet: Snippet | null }> | null;

/**
 * The rows that pass the filters and, while a search is active, have a hit. With neither it
 * returns `rows` itself, so the table's sort of the full list stays memoized.
 */
export function filterLibraryRows(rows: readonly LibraryRow[], filters: LibraryFilters, hits: RowHits): readonly LibraryRow[] {
  const matches = articleMatcher(filters);
  if (!matches && !hits) return rows;
  return rows.filter((r) => (!hits || hits.has(r.article.id)) && (!matches || matches(r.article, r.source)));
}
