import type { LibraryRow } from './LibraryRow';
import type { RowHits } from './filterLibraryRows';

/**
 * The rows the virtualizer has on screen, `first` to `last` inclusive, with their search
 * snippets. This small array is what table-core gets as `data`: it builds a row object with
 * ~40 closures per data row, which over all 10,000 rows cost 150–600 ms on every data change.
 */
export function windowRows(sorted: readonly LibraryRow[], first: number, last: number, hits: RowHits, query: string | null = null): LibraryRow[] {
  const out: LibraryRow[] = [];
  for (let i = Math.max(first, 0); i <= last && i < sorted.length; i++) {
    const row = sorted[i]!;
    const hit = hits?.get(row.article.id);
    out.push(hit ? { ...row, snippet: hit.snippet, searchQuery: query ?? undefined } : row);
  }
  return out;
}
