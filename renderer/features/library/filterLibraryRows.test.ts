import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/model/Library';
import { NO_FILTERS } from './filterArticles';
import { filterLibraryRows } from './filterLibraryRows';
import { testArticle } from './testing/testArticle';
import { toLibraryRows } from './toLibraryRows';
import { windowRows } from './windowRows';

const source: Source = { id: 's1', name: 'Reuters', key: 'reuters', platform: null, domains: [], aliases: [], grade: 'A', rationale: '', history: [], tags: [], updatedAt: 0 };
const rows = toLibraryRows(
  [testArticle('a', { sourceId: 's1', noteCount: 1 }), testArticle('b', { sourceName: 'A blog' }), testArticle('c', { gradeOverride: 'E' })],
  new Map([[source.id, source]]),
);
const snippet = (match: string) => ({ before: '…', match, after: '…' });
const ids = (list: readonly { article: { id: string } }[]) => list.map((r) => r.article.id);

describe('toLibraryRows', () => {
  it('derives the source name and effective grade once per article', () => {
    expect(rows.map((r) => [r.sourceName, r.grade])).toEqual([['Reuters', 'A'], ['A blog', null], ['', 'E']]);
  });
});

describe('filterLibraryRows', () => {
  it('returns the same list when nothing filters, so the sort stays memoized', () => {
    expect(filterLibraryRows(rows, NO_FILTERS, null)).toBe(rows);
  });
  it('applies the filters with each row’s source', () => {
    expect(ids(filterLibraryRows(rows, { ...NO_FILTERS, grade: 'A' }, null))).toEqual(['a']);
    expect(ids(filterLibraryRows(rows, { ...NO_FILTERS, quick: 'blog' }, null))).toEqual(['b']);
  });
  it('keeps only rows with a search hit, and filters those too', () => {
    const hits = new Map([['a', { snippet: snippet('x') }], ['c', { snippet: snippet('y') }]]);
    expect(ids(filterLibraryRows(rows, NO_FILTERS, hits))).toEqual(['a', 'c']);
    expect(ids(filterLibraryRows(rows, { ...NO_FILTERS, hasNotes: true }, hits))).toEqual(['a']);
    expect(filterLibraryRows(rows, NO_FILTERS, new Map())).toEqual([]);
  });
});

describe('windowRows', () => {
  it('takes the rows on screen, clamped to the list, with their snippets', () => {
    const hits = new Map([['c', { snippet: snippet('found') }]]);
    const shown = windowRows(rows, 1, 9, hits);
    expect(ids(shown)).toEqual(['b', 'c']);
    expect(shown.map((r) => r.snippet?.match ?? null)).toEqual([null, 'found']);
    expect(rows[2]!.snippet).toBeNull();
    expect(windowRows(rows, 0, -1, null)).toEqual([]);
  });
});
