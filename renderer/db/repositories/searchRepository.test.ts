import { describe, expect, it } from 'vitest';
import { importedItem, openTestDb, textArticle } from '../testing/openTestDb';
import { ingestImportItem } from './importRepository';
import { countPendingSearch, indexPendingSearch, reindexArticleSearch } from './searchRepository';
import { loadSnippets, searchArticles } from './searchArticles';
import { removeArticles } from './articlesRepository';

async function libraryWith(articles: Array<[string, string]>) {
  const db = await openTestDb();
  const ids: string[] = [];
  for (const [i, [title, body]] of articles.entries()) {
    const outcome = await ingestImportItem(db, importedItem(`${i}.txt`, `sha-${i}`, textArticle(title, body)));
    ids.push((outcome as { articleId: string }).articleId);
  }
  return { db, ids };
}

describe('searchArticles', () => {
  it('finds a Chinese phrase, not its characters scattered through another article', async () => {
    const { db, ids } = await libraryWith([
      ['北极会议', '美俄外长首次面对面会谈，双方关系出现转机。'],
      // Every character of 美俄关系 is here, but never next to each other.
      ['零散', '美国和俄罗斯的外交关系紧张，这是一个系统问题。'],
    ]);
    const hits = await searchArticles(db, '美俄外长');
    expect(hits.map((h) => h.articleId)).toEqual([ids[0]]);
    expect(hits[0]!.snippet?.match).toBe('美俄外长');
    expect(await searchArticles(db, '俄关系')).toEqual([]);
  });

  it('matches English words case-blind and the last word as a prefix', async () => {
    const { db, ids } = await libraryWith([
      ['Arctic Council', 'The Foreign Ministers met in Reykjavik on Wednesday.'],
      ['Other', 'Ministers of agriculture met in Paris.'],
    ]);
    expect((await searchArticles(db, 'foreign ministers')).map((h) => h.articleId)).toEqual([ids[0]]);
    expect((await searchArticles(db, 'foreign minis')).map((h) => h.articleId)).toEqual([ids[0]]);
    expect((await searchArticles(db, 'met in')).map((h) => h.articleId).sort()).toEqual([...ids].sort());
    expect(await searchArticles(db, 'ministers of foreign')).toEqual([]);
  });

  it('searches the title, and a single CJK character', async () => {
    const { db, ids } = await libraryWith([['普京接过请柬', '正文'], ['别的', '没有']]);
    expect((await searchArticles(db, '请柬')).map((h) => h.articleId)).toEqual([ids[0]]);
    expect((await searchArticles(db, '柬')).map((h) => h.articleId)).toEqual([ids[0]]);
  });

  it('finds notes at once, and through the postings once the article is reindexed', async () => {
    const { db, ids } = await libraryWith([['标题', '正文内容'], ['other', 'text']]);
    const articleId = ids[0]!;
    await db.documentNotes.put({ articleId, text: 'check against the Reuters photo caption', updatedAt: 1 });
    expect((await searchArticles(db, 'reuters photo')).map((h) => h.articleId)).toEqual([articleId]);
    await reindexArticleSearch(db, articleId);
    expect((await db.search.get(articleId))?.grams).toContain('reuters');
    const hits = await searchArticles(db, 'reuters photo');
    expect(hits.map((h) => h.articleId)).toEqual([articleId]);
    expect(hits[0]!.snippet?.match).toBe('reuters photo');
  });

  it('answers a one-token query from its postings and cuts snippets on request', async () => {
    const { db, ids } = await libraryWith([
      ['外长会谈', '美俄外长首次面对面会谈。'],
      ['Talks', 'The ministers held talks in Reykjavik.'],
      ['别的', '没有相关内容'],
    ]);
    // Before the postings exist, the pending texts are read (and give snippets)…
    expect(await searchArticles(db, '会谈')).toEqual([{ articleId: ids[0], snippet: expect.objectContaining({ match: '会谈' }) }]);
    await indexPendingSearch(db);
    // …after, the postings answer alone.
    const cjk = await searchArticles(db, '会谈');
    expect(cjk).toEqual([{ articleId: ids[0], snippet: null }]);
    expect((await searchArticles(db, 'talks')).map((h) => h.articleId)).toEqual([ids[1]]);
    const snippets = await loadSnippets(db, '会谈', [ids[0]!, ids[2]!, 'gone']);
    expect([...snippets.keys()]).toEqual([ids[0]]);
    expect(snippets.get(ids[0]!)).toMatchObject({ match: '会谈' });
    expect((await loadSnippets(db, 'TALKS', [ids[1]!])).get(ids[1]!)?.match).toBe('talks');
  });

  it('gives the same hits before and after the background indexer built the postings', async () => {
    const { db } = await libraryWith([
      ['北极会议', '美俄外长首次面对面会谈，双方关系出现转机。'],
      ['零散', '美国和俄罗斯的外交关系紧张，这是一个系统问题。'],
      ['Arctic Council', 'The Foreign Ministers met in Reykjavik on Wednesday.'],
    ]);
    const queries = ['美俄外长', '关系', '系', 'foreign ministers', 'reyk', '不存在'];
    const ids = async () => Promise.all(queries.map(async (q) => (await searchArticles(db, q)).map((h) => h.articleId).sort()));
    const before = await ids();
    expect(await countPendingSearch(db)).toBe(3);
    expect(await indexPendingSearch(db, 2)).toBe(2);
    expect(await ids()).toEqual(before);
    expect(await indexPendingSearch(db)).toBe(1);
    expect(await indexPendingSearch(db)).toBe(0);
    expect(await countPendingSearch(db)).toBe(0);
    expect(await ids()).toEqual(before);
    expect(before.map((found) => found.length)).toEqual([1, 2, 2, 1, 1, 0]);
  });

  it('never indexes a text that changed or was removed while its grams were being built', async () => {
    const { db, ids } = await libraryWith([['甲', '第一篇正文'], ['乙', '第二篇正文'], ['丙', '第三篇正文']]);
    await db.documentNotes.put({ articleId: ids[1]!, text: '新加的笔记', updatedAt: 1 });
    let meddled = false;
    const meddle = async () => {
      if (meddled) return;
      meddled = true;
      await removeArticles(db, [ids[0]!]);
      await reindexArticleSearch(db, ids[1]!);
    };
    expect(await indexPendingSearch(db, 50, meddle)).toBe(3);
    expect(await db.search.get(ids[0]!)).toBeUndefined();
    expect(await db.searchText.get(ids[0]!)).toBeUndefined();
    expect((await db.searchText.get(ids[1]!))?.haystack).toContain('新加的笔记');
    expect((await db.search.get(ids[1]!))?.grams).toContain('笔记');
    expect((await db.search.get(ids[2]!))?.grams).toContain('三篇');
    expect(await countPendingSearch(db)).toBe(0);
  });

  it('returns nothing for an empty or punctuation-only query', async () => {
    const { db } = await libraryWith([['a', 'b']]);
    expect(await searchArticles(db, '  ')).toEqual([]);
    expect(await searchArticles(db, '，。')).toEqual([]);
  });
});
