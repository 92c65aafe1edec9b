import type { Article, Highlight, Source } from '../../model/Library';
import type { ExportItem, ExportOptions } from '../ExportModel';
import { DEFAULT_HIGHLIGHT_TEMPLATE } from '../highlightTemplate';

/** Test support: an article row with sensible defaults. */
export function fixtureArticle(over: Partial<Article> = {}): Article {
  return {
    id: 'a1', path: 'a.html', root: 'clips', title: 'Title', published: '2021-05-21', publishedKind: 'published', sourceId: 's1', sourceName: '新华网',
    author: null, url: 'https://www.news.cn/a.html', language: 'zh', format: 'html', words: 100, currentVersionId: 'v1', versionCount: 1, warnings: [],
    gradeOverride: null, tags: [], highlightCount: 0, noteCount: 0, importedAt: 1, updatedAt: 1, fileMissing: false, ...over,
  };
}

/** Test support: a source row. */
export function fixtureSource(over: Partial<Source> = {}): Source {
  return { id: 's1', name: '新华网', key: 'name:新华网', platform: null, domains: ['news.cn'], aliases: [], grade: 'B', rationale: '', history: [], tags: [], updatedAt: 1, ...over };
}

/** Test support: a highlight at `start` with the given text. */
export function fixtureHighlight(exact: string, start: number, over: Partial<Highlight> = {}): Highlight {
  return {
    id: `h${start}`, articleId: 'a1', versionId: 'v1', quote: { exact, prefix: '', suffix: '' }, position: { start, end: start + exact.length }, anchor: 'exact',
    color: 'yellow', credibility: null, note: '', tags: [], createdAt: start, updatedAt: start, deletedAt: null, ...over,
  };
}

/** Test support: an export item. */
export function fixtureItem(over: Partial<ExportItem> = {}): ExportItem {
  return { article: fixtureArticle(), source: fixtureSource(), documentNote: '', highlights: [], cleanText: null, ...over };
}

/** Test support: default export options. */
export function fixtureOptions(over: Partial<ExportOptions> = {}): ExportOptions {
  return { mode: 'folder', groupBy: 'article', includeCleanText: false, colors: null, template: DEFAULT_HIGHLIGHT_TEMPLATE, exportedAt: new Date(Date.UTC(2024, 5, 1)), ...over };
}
