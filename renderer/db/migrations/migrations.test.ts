import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { GleanerDb } from '../GleanerDb';
import { importedItem, textArticle } from '../testing/openTestDb';
import { ingestImportItem } from '../repositories/importRepository';
import { MIGRATIONS, applyMigrations } from './applyMigrations';

/** The pattern every new version's test follows: seed at N-1 with the old code, open at N, compare. */
async function seedAtVersion(name: string, version: number, seed: (db: Dexie) => Promise<void>) {
  const old = new Dexie(name);
  applyMigrations(old, version);
  await old.open();
  await seed(old);
  old.close();
}

describe('schema v1', () => {
  it('opens with every table the app reads', async () => {
    const db = new GleanerDb(`mig-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['articles', 'documentNotes', 'files', 'folders', 'highlights', 'overrides', 'search', 'settings', 'sources', 'tags', 'versions'].sort(),
    );
    expect(db.articles.schema.idxByName['[root+path]']).toBeDefined();
    expect(db.search.schema.idxByName.grams?.multi).toBe(true);
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
