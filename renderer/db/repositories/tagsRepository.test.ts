import { describe, expect, it } from 'vitest';
import { openTestDb } from '../testing/openTestDb';
import { listTagUsage, replaceTags, undoTagChange } from './tagsRepository';
import { fixtureArticle, fixtureHighlight, fixtureSource } from '../../../shared/export/testing/exportFixtures';

async function seeded() {
  const db = await openTestDb();
  await db.tags.bulkAdd([{ name: 'state media', color: '#c00' }, { name: '官媒', color: '#f00' }, { name: 'reprint', color: '#00f' }]);
  await db.sources.add(fixtureSource({ tags: ['state media', '官媒'] }));
  await db.articles.add(fixtureArticle({ tags: ['官媒', 'reprint'] }));
  await db.highlights.add(fixtureHighlight('q', 1, { tags: ['reprint'] }));
  return db;
}

describe('tags', () => {
  it('counts use per kind of row', async () => {
    const db = await seeded();
    expect((await listTagUsage(db)).map((t) => [t.name, t.sources, t.articles, t.highlights])).toEqual([
      ['reprint', 0, 1, 1], ['state media', 1, 0, 0], ['官媒', 1, 1, 0],
    ]);
  });

  it('renames, merges and deletes everywhere, and undo puts everything back', async () => {
    const db = await seeded();
    const before = [await db.tags.toArray(), await db.sources.toArray(), await db.articles.toArray(), await db.highlights.toArray()];
    const merge = await replaceTags(db, ['官媒'], 'state media');
    expect((await db.sources.get('s1'))?.tags).toEqual(['state media']);
    expect((await db.articles.get('a1'))?.tags).toEqual(['state media', 'reprint']);
    expect(await db.tags.get('官媒')).toBeUndefined();
    await undoTagChange(db, merge);
    expect([await db.tags.toArray(), await db.sources.toArray(), await db.articles.toArray(), await db.highlights.toArray()]).toEqual(before);

    const rename = await replaceTags(db, ['reprint'], 'copy');
    expect(await db.tags.get('copy')).toEqual({ name: 'copy', color: '#00f' });
    expect((await db.highlights.get('h1'))?.tags).toEqual(['copy']);
    await undoTagChange(db, rename);
    expect(await db.tags.get('copy')).toBeUndefined();

    const removal = await replaceTags(db, ['reprint'], null);
    expect((await db.articles.get('a1'))?.tags).toEqual(['官媒']);
    await undoTagChange(db, removal);
    expect([await db.tags.toArray(), await db.sources.toArray(), await db.articles.toArray(), await db.highlights.toArray()]).toEqual(before);
  });
});
