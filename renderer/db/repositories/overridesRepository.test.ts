import { describe, expect, it } from 'vitest';
import { buildViewBlocks } from '../../../shared/anchor/buildViewBlocks';
import { importedItem, openTestDb, textArticle } from '../testing/openTestDb';
import { ingestImportItem } from './importRepository';
import { getOverride, putOverride, toggleOverrideRange } from './overridesRepository';

const TITLE = '标题';
const BODY = '正文第一段。';
const NAV = '首页 » 资讯 » 正文';

function clipping(prefix = '') {
  const article = textArticle(TITLE, `${prefix}${NAV}\n\n${BODY}`);
  const navStart = article.original.indexOf(NAV);
  const bodyStart = article.original.indexOf(BODY);
  article.blocks = [{ kind: 'paragraph', text: BODY, start: bodyStart, end: bodyStart + BODY.length }];
  article.removed = [{ reason: 'navigation', start: navStart, end: navStart + NAV.length, text: NAV }];
  return article;
}

describe('overridesRepository', () => {
  it('restores a removed region and drops a kept block, each undoable', async () => {
    const db = await openTestDb();
    const article = clipping();
    const { articleId } = (await ingestImportItem(db, importedItem('a.txt', 'v1', article))) as { articleId: string };
    const nav = article.removed[0]!;
    const block = article.blocks[0]!;

    const beforeRestore = await toggleOverrideRange(db, articleId, 'v1', 'restored', nav);
    expect(beforeRestore).toBeUndefined();
    await toggleOverrideRange(db, articleId, 'v1', 'dropped', block);
    const view = buildViewBlocks(article.blocks, (await getOverride(db, articleId))!, article.original, 'text');
    expect(view.map((b) => [b.text, b.restored])).toEqual([[NAV, true]]);

    const row = await getOverride(db, articleId);
    await toggleOverrideRange(db, articleId, 'v1', 'restored', nav);
    expect((await getOverride(db, articleId))!.restored).toEqual([]);
    await putOverride(db, articleId, row);
    expect((await getOverride(db, articleId))!.restored).toEqual([{ start: nav.start, end: nav.end }]);
    await putOverride(db, articleId, undefined);
    expect(await getOverride(db, articleId)).toBeUndefined();
  });

  it('keeps corrections across a re-import that shifts the text', async () => {
    const db = await openTestDb();
    const article = clipping();
    const { articleId } = (await ingestImportItem(db, importedItem('a.txt', 'v1', article))) as { articleId: string };
    await toggleOverrideRange(db, articleId, 'v1', 'restored', article.removed[0]!);
    const next = clipping('新的一行导语。\n\n');
    await ingestImportItem(db, importedItem('a.txt', 'v2', next));
    const row = (await getOverride(db, articleId))!;
    expect(row.versionId).toBe('v2');
    expect(next.original.slice(row.restored[0]!.start, row.restored[0]!.end)).toBe(NAV);
  });
});
