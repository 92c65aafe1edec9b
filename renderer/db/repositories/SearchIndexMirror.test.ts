import { describe, expect, it } from 'vitest';
import { importedItem, openTestDb, textArticle } from '../testing/openTestDb';
import { ingestImportItems } from './importRepository';
import { indexPendingSearch, reindexArticleSearch } from './searchRepository';
import { removeArticles, restoreRemovedArticles } from './articlesRepository';
import { SearchIndexMirror } from './SearchIndexMirror';
import type { GleanerDb } from '../GleanerDb';

async function importTexts(db: GleanerDb, articles: Array<[string, string]>, from = 0): Promise<string[]> {
  const outcomes = await ingestImportItems(db, articles.map(([title, body], i) => importedItem(`${from + i}.txt`, `sha-${from + i}`, textArticle(title, body))));
  return outcomes.map((o) => (o as { articleId: string }).articleId);
}

const found = (mirror: SearchIndexMirror, query: string) => mirror.search(query, 100).map((h) => h.articleId).sort();

describe('SearchIndexMirror', () => {
  it('loads every stored text, in pages, and finds phrases in them', async () => {
    const db = await openTestDb();
    const ids = await importTexts(db, Array.from({ length: 1203 }, (_, i): [string, string] => [`第${i}篇`, i === 1100 ? '日内瓦会谈结束' : '别的内容']));
    const mirror = new SearchIndexMirror(db);
    await mirror.load();
    expect(mirror.index.size).toBe(1203);
    expect(found(mirror, '日内瓦会谈')).toEqual([ids[1100]]);
  });

  it('catches up with texts imported, rewritten and indexed after it loaded, reading only those', async () => {
    const db = await openTestDb();
    const [first] = await importTexts(db, [['一', '旧的正文']]);
    const mirror = new SearchIndexMirror(db);
    await mirror.load();
    expect(await mirror.catchUp()).toBe(0);

    const [second] = await importTexts(db, [['二', '维也纳会谈']], 1);
    expect(await mirror.catchUp()).toBe(1);
    expect(found(mirror, '维也纳')).toEqual([second]);

    // Building the stored postings keeps a text's revision: nothing to read again.
    while ((await indexPendingSearch(db)) > 0);
    expect(await mirror.catchUp()).toBe(0);

    // A note written through the reader's path rewrites the text with a new revision.
    await db.documentNotes.put({ articleId: first!, text: '笔记里的关键词', updatedAt: 1 });
    await reindexArticleSearch(db, first!);
    expect(await mirror.catchUp()).toBe(1);
    expect(found(mirror, '关键词')).toEqual([first]);
  });

  it('before a query, reads only the texts stamped after the newest it holds', async () => {
    const db = await openTestDb();
    const [first] = await importTexts(db, [['一', '日内瓦会谈']]);
    const mirror = new SearchIndexMirror(db);
    await mirror.load();
    expect(await mirror.catchUpWithNewest()).toBe(0);
    const [second] = await importTexts(db, [['二', '日内瓦湖']], 1);
    expect(await mirror.catchUpWithNewest()).toBe(1);
    expect(found(mirror, '日内瓦')).toEqual([first, second].sort());
    expect(await mirror.catchUpWithNewest()).toBe(0);

    // A deletion is left to the thorough catch-up.
    await removeArticles(db, [second!]);
    expect(await mirror.catchUpWithNewest()).toBe(0);
    expect(await mirror.catchUp()).toBe(1);
    expect(found(mirror, '日内瓦')).toEqual([first]);
  });

  it('forgets removed articles and finds them again after Undo', async () => {
    const db = await openTestDb();
    const ids = await importTexts(db, [['一', '日内瓦会谈'], ['二', '日内瓦湖']]);
    const mirror = new SearchIndexMirror(db);
    await mirror.load();
    const removed = await removeArticles(db, [ids[0]!]);
    await mirror.catchUp();
    expect(found(mirror, '日内瓦')).toEqual([ids[1]]);
    await restoreRemovedArticles(db, removed);
    await mirror.catchUp();
    expect(found(mirror, '日内瓦')).toEqual([...ids].sort());
  });

  it('finds texts stored without a revision (before schema v3) once one is deleted or added', async () => {
    const db = await openTestDb();
    await db.searchText.bulkPut([
      { articleId: 'old-1', haystack: '旧版本的文字' },
      { articleId: 'old-2', haystack: '另一篇旧文字' },
    ]);
    const mirror = new SearchIndexMirror(db);
    await mirror.load();
    expect(found(mirror, '旧文字')).toEqual(['old-2']);
    // A text written with no revision at all is still found, by count.
    await db.searchText.put({ articleId: 'old-3', haystack: '第三篇旧文字' });
    await mirror.catchUp();
    expect(found(mirror, '旧文字')).toEqual(['old-2', 'old-3']);
  });
});
