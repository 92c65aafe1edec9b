import { describe, expect, it } from 'vitest';
import { versionText } from '../../../shared/model/Library';
import { importedItem, openTestDb, textArticle } from '../testing/openTestDb';
import { indexPendingSearch } from './searchRepository';
import { ingestImportItem, ingestImportItems, storageErrorMessage } from './importRepository';

const first = textArticle('美俄外长会谈', '当地时间19日，美国国务卿布林肯和俄罗斯外长拉夫罗夫进行了会晤。', { source: '新华社' });
const changed = textArticle('美俄外长会谈（更新）', '当地时间19日，布林肯和拉夫罗夫会晤，双方承认存在严重分歧。', { source: '新华社' });

describe('ingestImportItem', () => {
  it('stores a new file as an article with its version, file row, source and search text', async () => {
    const db = await openTestDb();
    const outcome = await ingestImportItem(db, importedItem('a/one.txt', 'sha-1', first));
    expect(outcome.kind).toBe('new');
    const [article] = await db.articles.toArray();
    expect(article).toMatchObject({ title: '美俄外长会谈', root: 'clips', path: 'a/one.txt', currentVersionId: 'sha-1', versionCount: 1, sourceName: '新华社' });
    expect(article!.sourceId).not.toBeNull();
    expect(article!.words).toBeGreaterThan(20);
    const version = await db.versions.get('sha-1');
    expect(version).toMatchObject({ articleId: article!.id, original: first.original, blocks: first.blocks });
    expect(version && versionText(version)).toBe(first.text);
    expect(await db.files.get(['clips', 'a/one.txt'])).toMatchObject({ sha256: 'sha-1', articleId: article!.id });
    // Its text is stored for search at once; the postings come from the background indexer.
    expect(await db.searchText.get(article!.id)).toMatchObject({ pending: 1, haystack: expect.stringContaining('会晤') });
    expect(await db.search.get(article!.id)).toBeUndefined();
    expect(await indexPendingSearch(db)).toBe(1);
    expect((await db.search.get(article!.id))?.grams).toContain('会晤');
    expect((await db.searchText.get(article!.id))?.pending).toBeUndefined();
  });

  it('turns a changed file of a known path into version 2 of the same article and keeps version 1', async () => {
    const db = await openTestDb();
    const created = await ingestImportItem(db, importedItem('one.txt', 'sha-1', first));
    await db.articles.update((created as { articleId: string }).articleId, { tags: ['keep-me'] });
    const outcome = await ingestImportItem(db, importedItem('one.txt', 'sha-2', changed));
    expect(outcome).toEqual({ kind: 'version', articleId: (created as { articleId: string }).articleId, versionCount: 2 });
    const articles = await db.articles.toArray();
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: '美俄外长会谈（更新）', currentVersionId: 'sha-2', versionCount: 2, tags: ['keep-me'] });
    expect(await db.versions.count()).toBe(2);
    expect((await db.searchText.get(articles[0]!.id))?.haystack).toContain('严重分歧');
  });

  it('records an exact duplicate under another name as an alias, never a second article', async () => {
    const db = await openTestDb();
    const created = await ingestImportItem(db, importedItem('one.txt', 'sha-1', first));
    const outcome = await ingestImportItem(db, importedItem('copy of one.txt', 'sha-1', first, 'other-folder'));
    expect(outcome).toEqual({ kind: 'duplicate', articleId: (created as { articleId: string }).articleId });
    expect(await db.articles.count()).toBe(1);
    expect(await db.files.get(['other-folder', 'copy of one.txt'])).toMatchObject({ articleId: (created as { articleId: string }).articleId });
  });

  it('leaves an unchanged file alone', async () => {
    const db = await openTestDb();
    await ingestImportItem(db, importedItem('one.txt', 'sha-1', first), 1000);
    const outcome = await ingestImportItem(db, importedItem('one.txt', 'sha-1', first), 2000);
    expect(outcome.kind).toBe('unchanged');
    expect((await db.articles.toArray())[0]).toMatchObject({ versionCount: 1, updatedAt: 1000 });
  });

  it('stores nothing for failed and skipped files and says why', async () => {
    const db = await openTestDb();
    const failed = await ingestImportItem(db, { jobId: 'j', root: 'clips', path: 'x.pdf.html', status: 'failed', error: { code: 'not-text', message: 'not a text document (detected PDF)' } });
    const skipped = await ingestImportItem(db, { jobId: 'j', root: 'clips', path: 'x.png', status: 'skipped', reason: 'not a clipping extension' });
    expect(failed).toEqual({ kind: 'not-stored', reason: 'not a text document (detected PDF)' });
    expect(skipped).toEqual({ kind: 'not-stored', reason: 'not a clipping extension' });
    expect(await db.articles.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
  });
});

describe('ingestImportItems', () => {
  it('stores a batch and reports each item', async () => {
    const db = await openTestDb();
    const outcomes = await ingestImportItems(db, [importedItem('one.txt', 'sha-1', first), importedItem('two.txt', 'sha-2', changed), importedItem('dup.txt', 'sha-1', first)]);
    expect(outcomes.map((o) => o.kind)).toEqual(['new', 'new', 'duplicate']);
    expect(await db.articles.count()).toBe(2);
  });

  it('keeps the good items of a batch when one cannot be stored', async () => {
    const db = await openTestDb();
    // An article IndexedDB cannot store (a function is not structured-cloneable), as a stand-in for any write error.
    const broken = { ...first, blocks: [() => 0] } as unknown as typeof first;
    const outcomes = await ingestImportItems(db, [importedItem('one.txt', 'sha-1', first), importedItem('bad.txt', 'sha-bad', broken), importedItem('two.txt', 'sha-2', changed)]);
    expect(outcomes.map((o) => o.kind)).toEqual(['new', 'failed', 'new']);
    expect(await db.articles.count()).toBe(2);
    expect(await db.versions.get('sha-bad')).toBeUndefined();
  });
});

describe('storageErrorMessage', () => {
  it('names a full disk in words the user can act on', () => {
    expect(storageErrorMessage(new DOMException('quota', 'QuotaExceededError'))).toBe('Not stored: the disk or browser storage is full.');
    expect(storageErrorMessage({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } })).toBe('Not stored: the disk or browser storage is full.');
    expect(storageErrorMessage(new Error('boom'))).toBe('Not stored: boom');
  });
});
