/**
 * `npm run bench` section: the library table's filtering and sorting over 10,000 rows, with the
 * functions the library view runs: filterArticles and the row mapping of LibraryView, then
 * @tanstack/table-core's sorted row model over libraryColumns (what useReactTable drives).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { createTable, getCoreRowModel, getSortedRowModel, type ColumnDef, type SortingState } from '@tanstack/table-core';
import type { Article } from '../../shared/model/Library';
import { listArticles } from '../../renderer/db/repositories/articlesRepository';
import { effectiveGrade, filterArticles, NO_FILTERS, sourceNameOf, type LibraryFilters } from '../../renderer/features/library/filterArticles';
import type { LibraryRow } from '../../renderer/features/library/LibraryRow';
import { benchLibrary } from './benchLibrary';
import { ISSUE_CLIPPINGS } from './benchSize';
import { printTable, quantile, type BenchSection } from './BenchSection';

const REPO = path.resolve(import.meta.dirname, '../..');
const REPEAT = 7;

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
    return { ...a, id: `${a.id}-${i}`, importedAt: a.importedAt + i, words: a.words + (i % 97) };
  });
}

function time(fn: () => unknown): number[] {
  return Array.from({ length: REPEAT }, () => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  });
}

export const sortFilterBench: BenchSection = {
  name: 'sort and filter',
  about: 'filterArticles + LibraryView rows, and table-core getSortedRowModel over libraryColumns, on 10,000 rows (median of 7 runs)',
  async run() {
    const lib = await benchLibrary();
    const articles = tenThousand(await listArticles(lib.db));
    const sources = new Map((await lib.db.sources.toArray()).map((s) => [s.id, s]));
    const { libraryColumns } = await loadColumns();
    const columns = libraryColumns(() => {});
    const toRows = (list: Article[]): LibraryRow[] =>
      list.map((article) => {
        const source = article.sourceId ? sources.get(article.sourceId) : undefined;
        return { article, source, sourceName: sourceNameOf(article, source), grade: effectiveGrade(article, source), snippet: null };
      });

    const language = articles[0]?.language ?? '';
    const filters: Array<[string, Partial<LibraryFilters>]> = [
      ['none', {}],
      ['quick filter "news"', { quick: 'news' }],
      ['quick filter "新闻"', { quick: '新闻' }],
      [`language ${language}`, { language }],
      ['date range 2020–2024', { from: '2020-01-01', to: '2024-12-31' }],
      ['ungraded + has notes', { grade: 'ungraded', hasNotes: true }],
    ];
    const filterRows = filters.map(([label, f]) => {
      let count = 0;
      const ms = time(() => (count = toRows(filterArticles(articles, { ...NO_FILTERS, ...f }, sources)).length));
      return [`filter: ${label}`, count, quantile(ms, 0.5), Math.max(...ms), '', ''];
    });

    const allRows = toRows(articles);
    // One table, as LibraryTable keeps one through useReactTable; each run hands it a new data
    // array (as a filter change does), so no row model is memoized. (A fresh createTable per run
    // also works, but its instances are not collected here, ~55 MB each.)
    const table = createTable<LibraryRow>({ data: allRows, columns, state: {}, onStateChange: () => {}, renderFallbackValue: null, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel(), getRowId: (r) => r.article.id });
    const sortRows = ['imported', 'title', 'source', 'published', 'reliability', 'words'].flatMap((id) =>
      [false, true].map((desc) => {
        const sorting: SortingState = [{ id, desc }];
        let count = 0;
        const core: number[] = [];
        const sorted: number[] = [];
        for (let i = 0; i < REPEAT; i++) {
          table.setOptions((prev) => ({ ...prev, data: [...allRows], state: { ...table.initialState, sorting } }));
          const t0 = performance.now();
          table.getCoreRowModel();
          const t1 = performance.now();
          count = table.getRowModel().rows.length;
          core.push(t1 - t0);
          sorted.push(performance.now() - t1);
        }
        const total = core.map((c, i) => c + sorted[i]!);
        return [`sort: ${id} ${desc ? 'desc' : 'asc'}`, count, quantile(total, 0.5), Math.max(...total), quantile(core, 0.5), quantile(sorted, 0.5)];
      }),
    );
    console.log(`${articles.length} rows: the ${await lib.db.articles.count()} bench articles repeated under fresh ids`);
    printTable(['operation', 'rows out', 'median ms', 'max ms', 'core rows ms', 'sorting ms'], [...filterRows, ...sortRows]);
    console.log('target: <= 100 ms. A sort is timed with the core row model rebuilt first, as after a data change in the view; a click on a header alone costs the sorting column.');
  },
};
