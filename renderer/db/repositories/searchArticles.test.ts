import { describe, expect, it } from 'vitest';
import { importedItem, openTestDb, textArticle } from '../testing/openTestDb';
import { ingestImportItems } from './importRepository';
import { indexPendingSearch } from './searchRepository';
import { probableHits, searchArticles, searchInMemory } from './searchArticles';

async function indexedLibrary(articles: Array<[string, string]>) {
  const db = await openTestDb();
  const outcomes = await ingestImportItems(db, articles.map(([title, body], i) => importedItem(`${i}.txt`, `sha-${i}`, textArticle(title, body))));
  const ids = outcomes.map((o) => (o as { articleId: string }).articleId);
  while ((await indexPendingSearch(db)) > 0);
  return { db, ids };
}

const idsOf = (hits: Array<{ articleId: string }>) => hits.map((h) => h.articleId).sort();

describe('probableHits', () => {
  it('is exact for a one-token query once everything is indexed', async () => {
    const { db, ids } = await indexedLibrary([['会谈', '外长会谈'], ['别的', '没有']]);
    expect(await probableHits(db, '会谈')).toEqual({ hits: [{ articleId: ids[0], snippet: null }], exact: true });
  });

  it('answers a phrase from the postings first, then searchArticles rules out tokens that stand apart', async () => {
    const { db, ids } = await indexedLibrary([
      ['一', '中国人民很团结。'],
      // 中国 and 国人 both occur, but never as 中国人.
      ['二', '中国的外国人很多。'],
      ['三', '没有这个词。'],
    ]);
    const first = await probableHits(db, '中国人');
    expect(first.exact).toBe(false);
    expect(idsOf(first.hits)).toEqual([ids[0], ids[1]].sort());
    expect(idsOf(await searchArticles(db, '中国人'))).toEqual([ids[0]]);
  });

  it('is not exact while articles wait for their postings', async () => {
    const db = await openTestDb();
    await ingestImportItems(db, [importedItem('a.txt', 'sha-a', textArticle('会谈', '外长会谈'))]);
    expect((await probableHits(db, '会谈')).exact).toBe(false);
    expect(await searchArticles(db, '会谈')).toHaveLength(1);
  });
});

describe('searchArticles with one rare and one common token', () => {
  it('checks the few candidates by their text instead of reading the long posting list, with the same answer', async () => {
    const common = Array.from({ length: 80 }, (_, i): [string, string] => [`通告${i}`, `今天发布了一份公告，编号${i}。`]);
    const { db, ids } = await indexedLibrary([...common, ['外长', '外长公告今天发布。'], ['外长二', '外长发表讲话，另有公告。']]);
    // 外长 is in two articles, 公告 in 82: the third list is not read, the texts are checked.
    expect(idsOf(await searchArticles(db, '外长公告'))).toEqual([ids[80]]);
    expect(idsOf(await searchArticles(db, '公告'))).toHaveLength(82);
  });
});

describe('searchInMemory', () => {
  it('adds annotation hits to the worker’s, and gives null back when the worker cannot answer', async () => {
    const { db, ids } = await indexedLibrary([['一', '日内瓦会谈'], ['二', '别的']]);
    await db.documentNotes.put({ articleId: ids[1]!, text: '这里也提到日内瓦', updatedAt: 1 });
    const worker = { search: async () => [{ articleId: ids[0]!, snippet: null }] };
    expect(idsOf((await searchInMemory(db, worker, '日内瓦'))!)).toEqual([...ids].sort());
    expect(await searchInMemory(db, { search: async () => null }, '日内瓦')).toBeNull();
    expect(await searchInMemory(db, worker, '  ')).toEqual([]);
  });
});
