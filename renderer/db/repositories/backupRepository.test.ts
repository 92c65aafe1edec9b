import '../testing/installBackupShims';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '../testing/openTestDb';
import type { GleanerDb } from '../GleanerDb';
import { createBackup, getLastBackupAt, restoreBackup } from './backupRepository';
import { searchArticles } from './searchArticles';
import { applyMigrations } from '../migrations/applyMigrations';
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { fixtureArticle, fixtureHighlight, fixtureSource } from '../../../shared/export/testing/exportFixtures';

const TABLES = ['articles', 'versions', 'highlights', 'documentNotes', 'overrides', 'sources', 'tags', 'search', 'searchText', 'folders', 'files', 'settings'] as const;
const snapshot = async (db: GleanerDb) => Object.fromEntries(await Promise.all(TABLES.map(async (name) => [name, await db.table(name).toArray()] as const)));

/** A library with the strings that break backups: emoji, CJK, NUL, lone controls and a 5 MB original. */
async function seed(db: GleanerDb) {
  const big = `<p>开头 😀 \u0000 NUL</p>${'长文本 long text \u202e '.repeat(5 * 1024 * 1024 / 16)}`;
  await db.sources.add(fixtureSource({ grade: 'B', rationale: '官方 😀', history: [{ grade: 'B', rationale: '官方 😀', at: 5 }], tags: ['state media'] }));
  await db.articles.add(fixtureArticle({ title: '标题 😀 \u0000 end', tags: ['state media'], highlightCount: 1, gradeOverride: 'C' }));
  await db.versions.add({ id: 'v1', articleId: 'a1', encoding: 'utf-8', original: big, blocks: [{ kind: 'paragraph', text: '开头', start: 3, end: 5 }], removed: [], html: '<p>开头</p>', text: '开头', cleanerVersion: 1, importedAt: 1 });
  await db.highlights.add(fixtureHighlight('开头 😀', 3, { credibility: 2, note: 'note \u0000 with NUL\r\nand CRLF', tags: ['x'], anchorScore: 0.5 }));
  await db.documentNotes.add({ articleId: 'a1', text: '# 文档笔记 😀', updatedAt: 7 });
  await db.overrides.add({ articleId: 'a1', restored: [{ start: 1, end: 2 }], dropped: [], updatedAt: 8 });
  await db.tags.add({ name: 'state media', color: '#c00' });
  await db.search.add({ articleId: 'a1', grams: ['开头', 'long'] });
  await db.searchText.add({ articleId: 'a1', haystack: '开头 😀' });
  await db.folders.add({ root: 'clips', openedAt: 1, lastImportAt: 2 });
  await db.files.add({ root: 'clips', path: 'a.html', sha256: 'v1', articleId: 'a1', seenAt: 3 });
  await db.settings.add({ key: 'theme', value: { dark: true } });
}

describe('backup and restore', () => {
  it('round-trips every field of every table into an empty library, a 5 MB original included', async () => {
    const db = await openTestDb();
    await seed(db);
    const before = await snapshot(db);
    const blob = await createBackup(db, { includeOriginals: true }, 1234);
    expect(await getLastBackupAt(db)).toBe(1234);

    const fresh = await openTestDb();
    expect(await restoreBackup(fresh, new Blob([await blob.arrayBuffer()]))).toEqual({ mode: 'restored', added: {} });
    const after = await snapshot(fresh);
    expect(after.versions).toEqual(before.versions);
    expect((after.versions?.[0] as { original: string }).original.length).toBeGreaterThan(5_000_000);
    expect({ ...after, settings: [] }).toEqual({ ...before, settings: [] });
    expect(after.settings).toContainEqual({ key: 'theme', value: { dark: true } });
  });

  it('leaves originals out on request', async () => {
    const db = await openTestDb();
    await seed(db);
    const fresh = await openTestDb();
    await restoreBackup(fresh, await createBackup(db, { includeOriginals: false }));
    expect((await fresh.versions.get('v1'))?.original).toBe('');
    expect((await fresh.versions.get('v1'))?.text).toBe('开头');
  });

  it('merges into a library with data: nothing duplicated, local rows kept, new rows added', async () => {
    const db = await openTestDb();
    await seed(db);
    const blob = await createBackup(db, { includeOriginals: false });
    // Locally: a newer note, one more highlight; the same file imported under another id.
    await db.documentNotes.put({ articleId: 'a1', text: 'local wins', updatedAt: 99 });
    const other = await openTestDb();
    await other.sources.add(fixtureSource({ id: 'local-s', grade: 'D' }));
    await other.articles.add(fixtureArticle({ id: 'local-a', sourceId: 'local-s', highlightCount: 0 }));
    await other.documentNotes.add({ articleId: 'local-a', text: 'local wins', updatedAt: 99 });
    const result = await restoreBackup(other, blob);
    expect(result.mode).toBe('merged');
    expect(await other.articles.count()).toBe(1);
    expect(await other.sources.count()).toBe(1);
    expect((await other.sources.get('local-s'))?.grade).toBe('D');
    expect(await other.highlights.toArray()).toMatchObject([{ articleId: 'local-a', note: 'note \u0000 with NUL\r\nand CRLF' }]);
    expect((await other.articles.get('local-a'))?.highlightCount).toBe(1);
    expect((await other.documentNotes.get('local-a'))?.text).toBe('local wins');
    // Restoring the same backup again adds nothing.
    const again = await restoreBackup(other, blob);
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
  });

  it('restores a backup made by schema 1 (no searchText table) and rebuilds what search needs', async () => {
    const old = new Dexie(`v1-${crypto.randomUUID()}`);
    applyMigrations(old, 1);
    await old.open();
    await old.table('articles').add(fixtureArticle({ title: '旧版备份' }));
    await old.table('versions').add({ id: 'v1', articleId: 'a1', encoding: 'utf-8', original: '', blocks: [], removed: [], html: '', text: '外长会谈在日内瓦举行', cleanerVersion: 1, importedAt: 1 });
    await old.table('search').add({ articleId: 'a1', grams: ['外长'], haystack: '旧版备份\n外长会谈在日内瓦举行' });
    const blob = await exportDB(old);
    old.close();

    const fresh = await openTestDb();
    await restoreBackup(fresh, new Blob([await blob.arrayBuffer()]));
    expect(await fresh.searchText.get('a1')).toMatchObject({ haystack: expect.stringContaining('日内瓦') });
    expect((await searchArticles(fresh, '日内瓦')).map((h) => h.articleId)).toEqual(['a1']);
  });

  it('builds search entries for articles a merge adds', async () => {
    const db = await openTestDb();
    await seed(db);
    const blob = await createBackup(db, { includeOriginals: false });
    const other = await openTestDb();
    await other.articles.add(fixtureArticle({ id: 'other', path: 'other.html', title: '另一篇', currentVersionId: 'missing' }));
    await restoreBackup(other, blob);
    expect((await searchArticles(other, '开头')).map((h) => h.articleId)).toEqual(['a1']);
  });

  it('refuses a file that is not a backup', async () => {
    const db = await openTestDb();
    await expect(restoreBackup(db, new Blob(['{"format":"gleaner-gradings"}']))).rejects.toThrow(/not a Gleaner backup/u);
    await expect(restoreBackup(db, new Blob(['garbage']))).rejects.toThrow(/not a Gleaner backup/u);
  });
});
