import { describe, expect, it } from 'vitest';
import { createTable, getCoreRowModel, getSortedRowModel, type ColumnDef, type SortingFn, type SortingState } from '@tanstack/table-core';
import type { Source } from '../../../shared/model/Library';
import { LIBRARY_COLUMN_VALUES } from './libraryColumnValues';
import type { LibraryRow } from './LibraryRow';
import { RowSorter } from './RowSorter';
import { testArticle } from './testing/testArticle';
import { toLibraryRows } from './toLibraryRows';

// Rows with the ties and mixed text a library has: repeated and case-varied titles, Chinese,
// numbers inside text, missing dates, graded and ungraded sources.
const TITLES = ['Arctic ice 2', 'arctic ice 10', '北极冰层', 'Émigré news', 'emigre NEWS', 'Zebra', '新闻 3', '新闻 12', 'Arctic ice 2'];
const sources = new Map<string, Source>(
  (['A', 'C', null] as const).map((grade, i) => [`s${i}`, { id: `s${i}`, name: ['新唐人', 'Reuters', 'reuters'][i]!, key: `k${i}`, platform: null, domains: [], aliases: [], grade, rationale: '', history: [], tags: [], updatedAt: 0 }]),
);
function library(n: number, salt = 0) {
  const articles = Array.from({ length: n }, (_, i) => {
    const k = (i * 7919 + salt) % 101;
    return testArticle(`a${salt}-${i}`, {
      title: `${TITLES[k % TITLES.length]}${k % 4 === 0 ? ` ${salt}` : ''}`,
      sourceId: k % 5 === 4 ? null : `s${k % 3}`,
      sourceName: k % 5 === 4 ? `Blog ${k % 2}` : null,
      published: k % 6 === 0 ? null : `20${10 + (k % 13)}-0${1 + (k % 9)}-1${k % 10}`,
      gradeOverride: k % 11 === 0 ? 'B' : null,
      tags: k % 3 === 0 ? [] : [['arctic', 'Climate'][k % 2]!, 'news'].slice(0, 1 + (k % 2)),
      highlightCount: k % 4, noteCount: k % 3, words: 100 + (k % 17) * 10, importedAt: 1_700_000_000_000 + (k % 23) * 1000,
    });
  });
  return toLibraryRows(articles, sources);
}

/** What the table did before: table-core's sorted row model with a collator for text columns. */
function tableCoreOrder(rows: LibraryRow[], sorting: SortingState): string[] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const byText: SortingFn<LibraryRow> = (a, b, id) => collator.compare(String(a.getValue(id)), String(b.getValue(id)));
  const columns: ColumnDef<LibraryRow, unknown>[] = Object.entries(LIBRARY_COLUMN_VALUES).map(([id, { value, order }]) => ({ id, accessorFn: value, sortingFn: order === 'text' ? byText : 'basic' }));
  const table = createTable<LibraryRow>({
    data: rows, columns, state: { sorting }, onStateChange: () => {}, renderFallbackValue: null,
    getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel(), getRowId: (r) => r.article.id,
  });
  table.setOptions((prev) => ({ ...prev, state: { ...table.initialState, sorting } }));
  return table.getRowModel().rows.map((r) => r.id);
}

const ids = (rows: readonly LibraryRow[]) => rows.map((r) => r.article.id);

describe('RowSorter', () => {
  const rows = library(240);

  it.each(Object.keys(LIBRARY_COLUMN_VALUES).flatMap((id) => [{ id, desc: false }, { id, desc: true }]))('orders by $id (desc: $desc) exactly as table-core did', (sort) => {
    expect(ids(new RowSorter(LIBRARY_COLUMN_VALUES).sort(rows, [sort]))).toEqual(tableCoreOrder(rows, [sort]));
  });

  it('sorts by several columns, the first deciding', () => {
    const sorting = [{ id: 'reliability', desc: false }, { id: 'title', desc: true }, { id: 'words', desc: false }];
    expect(ids(new RowSorter(LIBRARY_COLUMN_VALUES).sort(rows, sorting))).toEqual(tableCoreOrder(rows, sorting));
  });

  it('keeps the library order when nothing is sorted, and ignores unknown columns', () => {
    const sorter = new RowSorter(LIBRARY_COLUMN_VALUES);
    expect(sorter.sort(rows, [])).toBe(rows);
    expect(sorter.sort(rows, [{ id: 'no-such-column', desc: false }])).toBe(rows);
  });

  it('sorts a later data change as a fresh sorter would: values it remembers and new ones', () => {
    const sorter = new RowSorter(LIBRARY_COLUMN_VALUES);
    const sorting = [{ id: 'title', desc: false }];
    sorter.sort(rows, sorting);
    const grown = [...library(60, 5), ...rows.slice(0, 100), ...library(30, 9)];
    expect(ids(sorter.sort(grown, sorting))).toEqual(tableCoreOrder(grown, sorting));
  });
});
