import { describe, expect, it } from 'vitest';
import { openTestDb } from '../testing/openTestDb';
import { loadExportItems } from './exportRepository';
import { fixtureArticle, fixtureHighlight, fixtureSource } from '../../../shared/export/testing/exportFixtures';

describe('loadExportItems', () => {
  it('reads articles in the given order with source, note, highlights and optional clean text', async () => {
    const db = await openTestDb();
    await db.sources.add(fixtureSource());
    await db.articles.bulkAdd([fixtureArticle({ id: 'a1', path: '1', title: 'B' }), fixtureArticle({ id: 'a2', path: '2', title: 'A', sourceId: null })]);
    await db.highlights.add(fixtureHighlight('q', 1));
    await db.documentNotes.add({ articleId: 'a1', text: 'note', updatedAt: 1 });
    await db.versions.add({ id: 'v1', articleId: 'a1', encoding: 'utf-8', original: 'o', blocks: [], removed: [], html: '', text: 'clean', cleanerVersion: 1, importedAt: 1 });
    const items = await loadExportItems(db, ['a1', 'a2', 'missing'], true);
    expect(items.map((i) => [i.article.id, i.source?.name ?? null, i.documentNote, i.highlights.length, i.cleanText])).toEqual([
      ['a1', '新华网', 'note', 1, 'clean'], ['a2', null, '', 0, 'clean'],
    ]);
    expect((await loadExportItems(db, 'all', false)).map((i) => [i.article.title, i.cleanText])).toEqual([['A', null], ['B', null]]);
  });
});
