import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/model/Library';
import { filterArticles, NO_FILTERS } from './filterArticles';
import { testArticle } from './testing/testArticle';

const article = testArticle;

const source: Source = { id: 's1', name: '新唐人', key: 'ntd', platform: null, domains: [], aliases: [], grade: 'D', rationale: '', history: [], tags: [], updatedAt: 0 };
const sources = new Map([[source.id, source]]);
const articles = [
  article('a', { sourceId: 's1', published: '2021-05-20', tags: ['arctic'], noteCount: 2 }),
  article('b', { published: '2023-11-14T11:19:00', language: 'en', gradeOverride: 'B' }),
  article('c', { title: 'Undated clipping' }),
];
const ids = (filters: Partial<typeof NO_FILTERS>) => filterArticles(articles, { ...NO_FILTERS, ...filters }, sources).map((a) => a.id);

describe('filterArticles', () => {
  it('passes everything with no filters', () => expect(ids({})).toEqual(['a', 'b', 'c']));
  it('filters by source, tag, language and notes', () => {
    expect(ids({ sourceId: 's1' })).toEqual(['a']);
    expect(ids({ tag: 'arctic' })).toEqual(['a']);
    expect(ids({ language: 'en' })).toEqual(['b']);
    expect(ids({ hasNotes: true })).toEqual(['a']);
  });
  it('filters by the effective grade: the article override first, then the source', () => {
    expect(ids({ grade: 'D' })).toEqual(['a']);
    expect(ids({ grade: 'B' })).toEqual(['b']);
    expect(ids({ grade: 'ungraded' })).toEqual(['c']);
  });
  it('keeps only dated articles inside an inclusive date range', () => {
    expect(ids({ from: '2021-05-20', to: '2021-05-20' })).toEqual(['a']);
    expect(ids({ from: '2022-01-01' })).toEqual(['b']);
  });
  it('quick-filters title and source name case-blind', () => {
    expect(ids({ quick: 'UNDATED' })).toEqual(['c']);
    expect(ids({ quick: '新唐' })).toEqual(['a']);
  });
  it('quick-filters author and tags, and follows a renamed source for the same article object', () => {
    expect(ids({ quick: 'ARCTIC' })).toEqual(['a']);
    const renamed = new Map([[source.id, { ...source, name: 'Renamed outlet' }]]);
    expect(filterArticles(articles, { ...NO_FILTERS, quick: 'renamed' }, renamed).map((a) => a.id)).toEqual(['a']);
    expect(filterArticles(articles, { ...NO_FILTERS, quick: '新唐' }, renamed)).toEqual([]);
  });
});
