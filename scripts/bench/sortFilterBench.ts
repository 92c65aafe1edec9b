/**
 * `npm run bench` section: what the library view computes when the user changes something, on
 * 10,000 rows, step for step as LibraryView and LibraryTable run it:
 *   data change    toLibraryRows, the selected-ids set, filterLibraryRows   (LibraryView memos)
 *   filter/search  filterLibraryRows                                         (LibraryView memo)
 *   then always    RowSorter.sort, the id list, windowRows, and table-core over the rows on
 *                  screen: row model, header state, every visible cell's value and element
 *                  (LibraryTable memos and render).
 * A header click runs only the second half. React's commit of the ~40 rows on screen is not
 * included (it does not depend on the library's size). The last line times the previous design
 * (table-core's row models over all 10,000 rows) on the same data, for comparison.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { createTable, getCoreRowModel, getSortedRowModel, type ColumnDef, type SortingState, type Table } from '@tanstack/table-core';
import type { Article, Source } from '../../shared/model/Library';
import { listArticles } from '../../renderer/db/repositories/articlesRepository';
import { NO_FILTERS, type LibraryFilters } from '../../renderer/features/library/filterArticles';
import { filterLibraryRows, type RowHits } from '../../renderer/features/library/filterLibraryRows';
import { LIBRARY_COLUMN_VALUES } from '../../renderer/features/library/libraryColumnValues';
import type { LibraryRow } from '../../renderer/features/library/LibraryRow';
import { RowSorter } from '../../renderer/features/library/RowSorter';
import { toLibraryRows } from '../../renderer/features/library/toLibraryRows';
import { windowRows } from '../../renderer/features/library/windowRows';
import { benchLibrary } from './benchLibrary';
import { ISSUE_CLIPPINGS } from './benchSize';
import { printTable, quantile, type BenchSection } from './BenchSection';

const REPO = path.resolve(import.meta.dirname, '../..');
const REPEAT = 7;
/** Rows the virtualizer renders at the top of a ~900 px table: ~20 visible plus 10 overscan, rounded up. */
const ON_SCREEN = 40;
const DEFAULT_SORTING: SortingState = [{ id: 'imported', desc: true }];

/** libraryColumns.tsx imports a stylesheet (through GradeBadge), which Node cannot load: bundle it with CSS emptied. */
// Typed here: a type import of the .tsx would pull its stylesheet into electron/'s typecheck, which covers scripts/.
type ColumnsModule = { libraryColumns(onOpen: (id: string) => void): ColumnDef<LibraryRow, unknown>[] };

async function loadColumns(): Promise<ColumnsModule> {
  // Inside node_modules so the bundle's bare imports (react, @tanstack/react-table) resolve.
  const out = path.join(REPO, 'node_modules/.cache/gleaner-bench/libraryColumns.cjs');
  await mkdir(path.dirname(out), { recursive: true });
  await build({ entryPoints: [path.join(REPO, 'renderer/features/library/libraryColumns.tsx')], outfile: out, bundle: true, packages: 'external', format: 'cjs', platform: 'node', jsx: 'automatic', loader: { '.css': 'empty' }, logLevel: 'error' });
  return createRequire(import.meta.url)(out) as ColumnsModule;
}

/** The library's articles repeated under fresh ids up to 10,000 rows (sorting cost depends on the row count). */
function tenThousand(articles: Article[]): Article[] {
  if (!articles.length) return [];
  return Array.from({ length: ISSUE_CLIPPINGS }, (_, i) => {
    const a = articles[i % articles.length]!;
    return { ...a, id: `${a.id}-${i}`, title: i < articles.length ? a.title : `${a.title} (${i})`, importedAt: a.importedAt + i, words: a.words + (i % 97) };
  });
}

/** The view's state and the steps it runs, mirroring LibraryView's and LibraryTable's memos. */
class ViewSteps {
  allRows: LibraryRow[] = [];
  filtered: readonly LibraryRow[] = [];
  filters: LibraryFilters = NO_FILTERS;
  hits: RowHits = null;
  sorting = DEFAULT_SORTING;
  sorter = new RowSorter(LIBRARY_COLUMN_VALUES);
  private readonly table: Table<LibraryRow>;

  constructor(columns: ColumnDef<LibraryRow, unknown>[]) {
    // One table, as useReactTable keeps one; its data is the rows on screen.
    this.table = createTable<LibraryRow>({ data: [], columns, state: {}, onStateChange: () => {}, renderFallbackValue: null, manualSorting: true, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.article.id });
  }

  /** Articles or sources changed (a live query, an import batch). */
  data(articles: Article[], sources: ReadonlyMap<string, Source>): number {
    this.allRows = toLibraryRows(articles, sources);
    const present = new Set(articles.map((a) => a.id)); // LibraryView's selectedIds
    return present.size + this.filter(this.filters, this.hits);
  }

  /** A filter, the quick filter or the search hits changed. */
  filter(filters: LibraryFilters, hits: RowHits): number {
    this.filters = filters;
    this.hits = hits;
    this.filtered = filterLibraryRows(this.allRows, filters, hits);
    return this.render();
  }

  /** A header click. */
  sort(sorting: SortingState): number {
    this.sorting = sorting;
    return this.render();
  }

  /** LibraryTable: sort, ids, the rows on screen, table-core and the cells of each. */
  private render(): number {
    const sorted = this.sorter.sort(this.filtered, this.sorting);
    const ids = sorted.map((r) => r.article.id);
    const data = windowRows(sorted, 0, ON_SCREEN - 1, this.hits);
    this.table.setOptions((prev) => ({ ...prev, data, state: { ...this.table.initialState, sorting: this.sorting } }));
    let elements = 0;
    for (const header of this.table.getHeaderGroups()[0]!.headers) if (header.column.getIsSorted() !== false) elements++;
    for (const row of this.table.getRowModel().rows) {
      for (const cell of row.getVisibleCells()) {
        const render = cell.column.columnDef.cell;
        if (typeof render === 'function' && render(cell.getContext())) elements++;
        else if (cell.getValue() != null) elements++;
      }
    }
    return ids.length + elements;
  }
}

function time(fn: () => unknown, before: () => void = () => {}): number[] {
  return Array.from({ length: REPEAT }, () => {
    before();
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  });
}

const row = (operation: string, rowsOut: number, ms: number[]) => [operation, rowsOut, quantile(ms, 0.5), Math.max(...ms)];

export const sortFilterBench: BenchSection = {
  name: 'sort and filter',
  about: 'what the library view computes per user change on 10,000 rows: rows, filters, RowSorter, table-core over the rows on screen (median and max of 7 runs)',
  async run() {
    const lib = await benchLibrary();
    const stored = await listArticles(lib.db);
    const articles = tenThousand(stored);
    const sources = new Map((await lib.db.sources.toArray()).map((s) => [s.id, s]));
    const { libraryColumns } = await loadColumns();
    const columns = libraryColumns(() => {});
    const view = new ViewSteps(columns);
    const out: Array<Array<string | number>> = [];

    // Data changes, sorted by import date (the default) and by title (text, through the ranks).
    out.push(row('data: first load', articles.length, time(() => view.data(articles, sources), () => (view.sorter = new RowSorter(LIBRARY_COLUMN_VALUES)))));
    for (const sorting of [DEFAULT_SORTING, [{ id: 'title', desc: false }]]) {
      view.sort(sorting);
      const label = sorting[0]!.id;
      // A live query returns every article as a new object; one has a new note.
      out.push(row(`data: a note added (by ${label})`, articles.length, time(() => view.data(articles.map((a, i) => (i === 1234 ? { ...a, noteCount: a.noteCount + 1 } : { ...a })), sources))));
      // An import batch: 50 articles with titles the table has not seen.
      let batch = 0;
      out.push(row(`data: 50 new articles (by ${label})`, articles.length + 50, time(() => view.data([...articles, ...articles.slice(0, 50).map((a, i) => ({ ...a, id: `new-${batch}-${i}`, title: `Fresh ${batch}-${i} ${a.title}` }))], sources), () => batch++)));
    }
    view.sort(DEFAULT_SORTING);
    view.data(articles, sources);

    // Header clicks on the full list: the first sort by a column after the data loads, then again.
    for (const id of ['imported', 'title', 'source', 'published', 'reliability', 'tags', 'words']) {
      out.push(row(`header: ${id}, first sort`, articles.length, time(() => view.sort([{ id, desc: false }]), () => (view.sorter = new RowSorter(LIBRARY_COLUMN_VALUES)))));
      for (const desc of [false, true]) out.push(row(`header: ${id} ${desc ? 'desc' : 'asc'}`, articles.length, time(() => view.sort([{ id, desc }]))));
    }

    // Filters, the quick filter typed a key at a time, and search results, with the default sort.
    view.sort(DEFAULT_SORTING);
    const language = articles[0]?.language ?? '';
    const filters: Array<[string, Partial<LibraryFilters>]> = [
      ['none', {}],
      [`language ${language}`, { language }],
      ['date range 2020–2024', { from: '2020-01-01', to: '2024-12-31' }],
      ['ungraded + has notes', { grade: 'ungraded', hasNotes: true }],
      ...['n', 'ne', 'new', 'news'].map((quick): [string, Partial<LibraryFilters>] => [`quick filter typed "${quick}"`, { quick }]),
      ['quick filter "新闻"', { quick: '新闻' }],
    ];
    for (const [label, f] of filters) {
      const ms = time(() => view.filter({ ...NO_FILTERS, ...f }, null));
      out.push(row(`filter: ${label}`, view.filtered.length, ms));
    }
    view.sort([{ id: 'title', desc: false }]);
    const ms = time(() => view.filter({ ...NO_FILTERS, quick: 'news' }, null));
    out.push(row('filter: quick filter "news" (by title)', view.filtered.length, ms));
    view.sort(DEFAULT_SORTING);
    // Search hits on every third article (the hits map's size, not how it was found, is what the view pays for).
    const snippet = { before: 'a ', match: 'hit', after: ' b' };
    for (const every of [3, 1]) {
      const hits = new Map(articles.filter((_, i) => i % every === 0).map((a) => [a.id, { articleId: a.id, snippet }]));
      out.push(row(`search: ${hits.size} hits arrive`, hits.size, time(() => view.filter(NO_FILTERS, hits))));
    }

    // The previous design, for comparison: table-core's core and sorted row models over all rows, after a data change.
    const old = createTable<LibraryRow>({ data: [], columns, state: {}, onStateChange: () => {}, renderFallbackValue: null, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel(), getRowId: (r) => r.article.id });
    const allRows = toLibraryRows(articles, sources);
    out.push(row('previous design: data change, by imported', articles.length, time(() => old.getRowModel(), () => old.setOptions((prev) => ({ ...prev, data: [...allRows], state: { ...old.initialState, sorting: DEFAULT_SORTING } })))));

    console.log(`${articles.length} rows: the ${stored.length} bench articles repeated under fresh ids (titles made distinct)`);
    printTable(['operation', 'rows out', 'median ms', 'max ms'], out);
    console.log('target: <= 100 ms per change. "first sort" is a column\'s first sort after the data loads (its text ranks are built then).');
  },
};
