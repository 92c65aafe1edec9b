import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { GleanerDb } from '../GleanerDb';
import { importedItem, textArticle } from '../testing/openTestDb';
import { ingestImportItem } from '../repositories/importRepository';
import { searchArticles } from '../repositories/searchArticles';
import { MIGRATIONS, applyMigrations } from './applyMigrations';
import { SearchIndexMirror } from '../repositories/SearchIndexMirror';

/** The pattern every new version's test follows: seed at N-1 with the old code, open at N, compare. */
async function seedAtVersion(name: string, version: number, seed: (db: Dexie) => Promise<void>) {
  const old = new Dexie(name);
  applyMigrations(old, version);
  await old.open();
  await seed(old);
  old.close();
}

describe('the current schema', () => {
  it('opens with every table the app reads', async () => {
    const db = new GleanerDb(`mig-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['articles', 'documentNotes', 'files', 'folders', 'highlights', 'overrides', 'search', 'searchText', 'settings', 'sources', 'tags', 'versions'].sort(),
    );
    expect(db.articles.schema.idxByName['[root+path]']).toBeDefined();
    expect(db.search.schema.idxByName.grams?.multi).toBe(true);
    db.close();
  });
});

describe('schema v2 (searchText)', () => {
  it('moves each search row\'s text into searchText and keeps the postings, so old libraries stay searchable', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    await seedAtVersion(name, 1, async (db) => {
      await db.table('articles').add({ id: 'a1', root: 'r', path: 'p.txt', title: '会谈', currentVersionId: 'v1' });
      await db.table('search').bulkAdd([
        { articleId: 'a1', grams: ['会谈', '日内', '内瓦', '瓦'], haystack: '会谈\n日内瓦' },
        { articleId: 'a2', grams: ['talks'], haystack: 'talks' },
      ]);
    });
    const db = new GleanerDb(name);
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(await db.search.orderBy('articleId').toArray()).toEqual([
      { articleId: 'a1', grams: ['会谈', '日内', '内瓦', '瓦'] },
      { articleId: 'a2', grams: ['talks'] },
    ]);
    expect(await db.searchText.orderBy('articleId').toArray()).toEqual([
      { articleId: 'a1', haystack: '会谈\n日内瓦' },
      { articleId: 'a2', haystack: 'talks' },
    ]);
    expect((await searchArticles(db, '日内瓦')).map((h) => h.articleId)).toEqual(['a1']);
    db.close();
  });

  it('indexes the aliases and domains of sources stored by v1', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    await seedAtVersion(name, 1, async (db) => {
      await db.table('sources').add({ id: 's1', key: 'name:新华网', name: '新华网', platform: null, domains: ['news.cn'], aliases: ['name:新华社'], grade: 'B', rationale: '', history: [], tags: [], updatedAt: 1 });
    });
    const db = new GleanerDb(name);
    await db.open();
    expect((await db.sources.where('aliases').equals('name:新华社').first())?.id).toBe('s1');
    expect((await db.sources.where('domains').equals('news.cn').first())?.id).toBe('s1');
    db.close();
  });
});

describe('schema v3 (search text revisions)', () => {
  it('keeps the texts stored by v2, indexes revisions written from now on, and the search worker reads both', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    await seedAtVersion(name, 2, async (db) => {
      await db.table('searchText').bulkAdd([
        { articleId: 'a1', haystack: '会谈\n日内瓦', pending: 1 },
        { articleId: 'a2', haystack: 'talks' },
      ]);
    });
    const db = new GleanerDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.searchText.orderBy('articleId').toArray()).toEqual([
      { articleId: 'a1', haystack: '会谈\n日内瓦', pending: 1 },
      { articleId: 'a2', haystack: 'talks' },
    ]);
    await db.searchText.put({ articleId: 'a3', haystack: '维也纳', rev: 5 });
    expect(await db.searchText.where('rev').above(0).primaryKeys()).toEqual(['a3']);
    const mirror = new SearchIndexMirror(db);
    await mirror.load();
    expect(mirror.search('日内瓦', 10).map((h) => h.articleId)).toEqual(['a1']);
    expect(mirror.search('维也纳', 10).map((h) => h.articleId)).toEqual(['a3']);
    db.close();
  });
});

describe('a failed upgrade', () => {
  it('leaves the database at the old version with every row readable', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    const seeded = new GleanerDb(name);
    await seeded.open();
    await ingestImportItem(seeded, importedItem('one.txt', 'sha-1', textArticle('标题', '正文')));
    await ingestImportItem(seeded, importedItem('two.txt', 'sha-2', textArticle('Title', 'Body')));
    const before = await seeded.articles.orderBy('id').toArray();
    seeded.close();

    // A future version whose upgrade rewrites some rows and then throws halfway.
    const broken = new Dexie(name);
    applyMigrations(broken);
    broken.version(MIGRATIONS.length + 1).stores({}).upgrade(async (tx) => {
      await tx.table('articles').toCollection().modify({ title: 'half-migrated' });
      throw new Error('upgrade bug');
    });
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const reopened = new GleanerDb(name);
    await reopened.open();
    expect(reopened.verno).toBe(MIGRATIONS.length);
    expect(await reopened.articles.orderBy('id').toArray()).toEqual(before);
    expect(await reopened.versions.count()).toBe(2);
    reopened.close();
  });
});

describe('seedAtVersion', () => {
  it('stores rows through the old schema that the current code then reads', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    await seedAtVersion(name, 1, async (db) => {
      await db.table('settings').put({ key: 'extraExtensions', value: ['org'] });
    });
    const db = new GleanerDb(name);
    await db.open();
    expect(await db.settings.get('extraExtensions')).toEqual({ key: 'extraExtensions', value: ['org'] });
    db.close();
  });
});
