import { describe, expect, it } from 'vitest';
import { importedItem, openTestDb, textArticle } from '../testing/openTestDb';
import { ingestImportItem } from './importRepository';
import { addTagToArticles, markFileMissing, markUnseenFilesMissing, removeArticles, restoreRemovedArticles, setArticlesGrade } from './articlesRepository';
import { getSetting, setSetting } from './settingsRepository';
import { listFolders, recordFolderImport } from './foldersRepository';

async function twoArticles() {
  const db = await openTestDb();
  const a = await ingestImportItem(db, importedItem('a.txt', 'sha-a', textArticle('A', 'alpha text')));
  const b = await ingestImportItem(db, importedItem('b.txt', 'sha-b', textArticle('B', 'beta text')));
  return { db, a: (a as { articleId: string }).articleId, b: (b as { articleId: string }).articleId };
}

describe('articlesRepository', () => {
  it('tags and grades several articles at once', async () => {
    const { db, a, b } = await twoArticles();
    await addTagToArticles(db, [a, b], ' arctic ');
    await addTagToArticles(db, [a], 'arctic');
    await setArticlesGrade(db, [b], 'C');
    expect((await db.articles.get(a))?.tags).toEqual(['arctic']);
    expect(await db.articles.get(b)).toMatchObject({ tags: ['arctic'], gradeOverride: 'C' });
    expect(await db.tags.get('arctic')).toBeDefined();
  });

  it('removes an article with its rows, and Undo restores them exactly', async () => {
    const { db, a, b } = await twoArticles();
    await db.documentNotes.put({ articleId: a, text: 'note', updatedAt: 1 });
    const before = { article: await db.articles.get(a), version: await db.versions.get('sha-a'), search: await db.search.get(a) };
    const removed = await removeArticles(db, [a]);
    expect(await db.articles.get(a)).toBeUndefined();
    expect(await db.versions.get('sha-a')).toBeUndefined();
    expect(await db.files.get(['clips', 'a.txt'])).toBeUndefined();
    expect(await db.documentNotes.get(a)).toBeUndefined();
    expect(await db.articles.get(b)).toBeDefined();
    await restoreRemovedArticles(db, removed);
    expect({ article: await db.articles.get(a), version: await db.versions.get('sha-a'), search: await db.search.get(a) }).toEqual(before);
    expect(await db.documentNotes.get(a)).toMatchObject({ text: 'note' });
  });

  it('marks the article of a deleted file as missing, keeping it', async () => {
    const { db, a } = await twoArticles();
    await markFileMissing(db, 'clips', 'a.txt');
    expect(await db.articles.get(a)).toMatchObject({ fileMissing: true, title: 'A' });
  });
});

describe('markUnseenFilesMissing', () => {
  it('marks articles whose file a full re-import did not see, and a returning file clears the mark', async () => {
    const { db, a, b } = await twoArticles();
    expect(await markUnseenFilesMissing(db, 'clips', new Set(['b.txt']))).toBe(1);
    expect(await db.articles.get(a)).toMatchObject({ fileMissing: true });
    expect(await db.articles.get(b)).toMatchObject({ fileMissing: false });
    await ingestImportItem(db, importedItem('a.txt', 'sha-a', textArticle('A', 'alpha text')));
    expect(await db.articles.get(a)).toMatchObject({ fileMissing: false });
  });

  it('leaves other folders alone', async () => {
    const { db, a } = await twoArticles();
    expect(await markUnseenFilesMissing(db, 'elsewhere', new Set())).toBe(0);
    expect(await db.articles.get(a)).toMatchObject({ fileMissing: false });
  });
});

describe('settings and folders', () => {
  it('falls back to defaults for missing or mistyped settings', async () => {
    const db = await openTestDb();
    expect(await getSetting(db, 'extraExtensions')).toEqual([]);
    await db.settings.put({ key: 'samplesDismissed', value: 'yes' });
    expect(await getSetting(db, 'samplesDismissed')).toBe(false);
    await setSetting(db, 'extraExtensions', ['org']);
    expect(await getSetting(db, 'extraExtensions')).toEqual(['org']);
  });

  it('remembers folders, keeping the first-opened time', async () => {
    const db = await openTestDb();
    await recordFolderImport(db, 'clips', 1);
    await recordFolderImport(db, 'other', 2);
    await recordFolderImport(db, 'clips', 3);
    expect(await listFolders(db)).toEqual([{ root: 'clips', openedAt: 1, lastImportAt: 3 }, { root: 'other', openedAt: 2, lastImportAt: 2 }]);
  });
});
