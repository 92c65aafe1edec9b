import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useArticles } from '../../db/hooks/useArticles';
import { useSourcesById } from '../../db/hooks/useSources';
import { useSearchHits } from '../../db/hooks/useSearchHits';
import { BulkActions } from './BulkActions';
import { LibraryTable } from './LibraryTable';
import { LibraryToolbar } from './LibraryToolbar';
import { NO_FILTERS, type LibraryFilters } from './filterArticles';
import { filterLibraryRows } from './filterLibraryRows';
import { toLibraryRows } from './toLibraryRows';
import { EmptyLibrary } from './EmptyLibrary';
import { FoldersList } from './FoldersList';
import { getPlatform } from '../../platform/getPlatform';

interface Props {
  onOpenArticle(id: string): void;
  onExport(ids: string[]): void;
}

/** The library: search and filters over a virtualized, sortable table, with bulk actions. */
export function LibraryView({ onOpenArticle, onExport }: Props) {
  const articles = useArticles();
  const sources = useSourcesById();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const search = useSearchHits(deferredQuery);
  const hits = search?.hits ?? null;
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const searchRef = useRef<HTMLInputElement>(null);

  // `/` focuses search from anywhere except while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // All rows change only with the data; a filter or a search picks from them (see LibraryTable).
  const allRows = useMemo(() => (articles ? toLibraryRows(articles, sources) : []), [articles, sources]);
  const rows = useMemo(() => filterLibraryRows(allRows, filters, hits), [allRows, filters, hits]);

  const toggle = useCallback((id: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const selectAll = useCallback((ids: string[] | null) => setSelected(new Set(ids ?? [])), []);
  const clear = useCallback(() => setSelected(new Set()), []);
  // Selected ids of articles still in the library (a removal elsewhere drops them).
  const selectedIds = useMemo(() => {
    const present = new Set(articles?.map((a) => a.id));
    return [...selected].filter((id) => present.has(id));
  }, [articles, selected]);

  if (!articles) return <p className="muted">Reading the library…</p>;
  if (articles.length === 0) return <EmptyLibrary />;
  // Searching until the hits answer this query exactly; the index's first answer shows meanwhile.
  const searching = search?.query !== query.trim() || !search.complete;
  const checking = search?.query === query.trim() && !search.complete;

  return (
    <section className="library" aria-label="Library view">
      <LibraryToolbar query={query} onQuery={setQuery} searchRef={searchRef} searching={searching} filters={filters} onFilters={setFilters} articles={articles} sources={sources} />
      <div className="library-status" role="status" data-search-state={searching ? 'searching' : 'idle'} data-search-answered-by={search?.hits ? search.answeredBy : undefined}>
        {rows.length} of {articles.length} articles{hits ? ` match “${search?.query ?? deferredQuery.trim()}”` : ''}
        {checking && ' (checking the phrase…)'}
      </div>
      <FoldersList platform={getPlatform()} />
      <BulkActions selected={selectedIds} onClear={clear} onExport={onExport} />
      <LibraryTable rows={rows} hits={hits} searchQuery={hits ? (search?.query ?? null) : null} selected={selected} onToggle={toggle} onSelectAll={selectAll} onOpen={onOpenArticle} />
    </section>
  );
}
