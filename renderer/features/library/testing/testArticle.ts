import type { Article } from '../../../../shared/model/Library';

/** A stored article as the library lists it, with `extra` over plain defaults. */
export function testArticle(id: string, extra: Partial<Article> = {}): Article {
  return {
    id, path: `${id}.txt`, root: 'clips', title: id, published: null, publishedKind: 'unknown', sourceId: null, sourceName: null,
    author: null, url: null, language: 'zh', format: 'text', words: 10, currentVersionId: `sha-${id}`, versionCount: 1, warnings: [],
    gradeOverride: null, tags: [], highlightCount: 0, noteCount: 0, importedAt: 0, updatedAt: 0, fileMissing: false, ...extra,
  };
}
