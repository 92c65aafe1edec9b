import type Dexie from 'dexie';

/** Version 1: the initial schema. Never edit once released; add v2-… instead. */
export function v1Initial(db: Dexie): void {
  db.version(1).stores({
    articles: 'id, [root+path], root, sourceId, published, importedAt, updatedAt, language, *tags, title',
    versions: 'id, articleId',
    highlights: 'id, articleId, versionId, color, credibility, updatedAt, deletedAt, *tags',
    documentNotes: 'articleId, updatedAt',
    overrides: 'articleId',
    sources: 'id, &key, name, grade, updatedAt, *tags',
    tags: 'name',
    search: 'articleId, *grams',
    folders: 'root',
    files: '[root+path], sha256, articleId',
    settings: 'key',
  });
}
