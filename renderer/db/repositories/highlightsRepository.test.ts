import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../shared/anchor/describeRange';
import { normalizeForMatch } from '../../../shared/anchor/normalizeForMatch';
import { importedItem, openTestDb, textArticle } from '../testing/openTestDb';
import type { GleanerDb } from '../GleanerDb';
import { createHighlight, deleteHighlight, emptyTrash, listHighlights, restoreHighlight, updateHighlight } from './highlightsRepository';
import { ingestImportItem } from './importRepository';

const BODY = '当地时间19日，同在冰岛首都雷克雅未克出席北极理事会部长级会议的美国国务卿布林肯和俄罗斯外长拉夫罗夫举行会晤。双方都表示会谈富有建设性。';

async function articleWith(db: GleanerDb, body = BODY) {
  const outcome = await ingestImportItem(db, importedItem('a.txt', 'sha-1', textArticle('美俄会晤', body)));
  const articleId = (outcome as { articleId: string }).articleId;
  const article = (await db.articles.get(articleId))!;
  const version = (await db.versions.get(article.currentVersionId))!;
  return { articleId, version };
}

async function highlightPhrase(db: GleanerDb, phrase: string) {
  const { articleId, version } = await articleWith(db);
  const start = version.original.indexOf(phrase);
  const selector = describeRange(version.original, normalizeForMatch(version.original, 'text'), start, start + phrase.length)!;
  const h = await createHighlight(db, { articleId, versionId: version.id, selector, color: 'yellow' });
  return { articleId, version, h };
}

describe('highlightsRepository', () => {
  it('stores a highlight in original coordinates and counts it on the article', async () => {
    const db = await openTestDb();
    const { articleId, version, h } = await highlightPhrase(db, '美国国务卿布林肯');
    const stored = (await listHighlights(db, articleId))[0]!;
    expect(version.original.slice(stored.position.start, stored.position.end)).toBe('美国国务卿布林肯');
    expect(stored).toMatchObject({ id: h.id, anchor: 'exact', note: '', deletedAt: null });
    expect((await db.articles.get(articleId))!.highlightCount).toBe(1);
  });

  it('saves each note edit and counts notes', async () => {
    const db = await openTestDb();
    const { articleId, h } = await highlightPhrase(db, '布林肯');
    await updateHighlight(db, h.id, { note: '第一' });
    const before = await updateHighlight(db, h.id, { note: '第一稿 **重要**', credibility: 2 });
    expect(before?.note).toBe('第一');
    expect(await db.highlights.get(h.id)).toMatchObject({ note: '第一稿 **重要**', credibility: 2 });
    expect((await db.articles.get(articleId))!.noteCount).toBe(1);
  });

  it('deletes to the trash, undoes, and empties the trash for good', async () => {
    const db = await openTestDb();
    const { articleId, h } = await highlightPhrase(db, '拉夫罗夫');
    await deleteHighlight(db, h.id, 1000);
    expect((await db.highlights.get(h.id))!.deletedAt).toBe(1000);
    expect((await db.articles.get(articleId))!.highlightCount).toBe(0);
    await restoreHighlight(db, h.id);
    expect((await db.highlights.get(h.id))!.deletedAt).toBeNull();
    expect(await emptyTrash(db, articleId)).toBe(0);
    await deleteHighlight(db, h.id);
    expect(await emptyTrash(db, articleId)).toBe(1);
    expect(await listHighlights(db, articleId)).toEqual([]);
  });

  it('re-anchors when a new version of the clipping is imported, never losing one', async () => {
    const db = await openTestDb();
    const { articleId, h } = await highlightPhrase(db, '俄罗斯外长拉夫罗夫');
    const version1 = (await db.versions.get((await db.articles.get(articleId))!.currentVersionId))!;
    const sel = describeRange(version1.original, normalizeForMatch(version1.original, 'text'), version1.original.indexOf('双方'), version1.original.indexOf('建设性') + 3)!;
    const fuzzy = await createHighlight(db, { articleId, versionId: version1.id, selector: sel, color: 'green' });
    const goneSel = describeRange(version1.original, normalizeForMatch(version1.original, 'text'), version1.original.indexOf('当地时间'), version1.original.indexOf('冰岛'))!;
    const gone = await createHighlight(db, { articleId, versionId: version1.id, selector: goneSel, color: 'blue' });

    const edited = '【导语】美俄关系现转机。\n\n' + BODY.replace('当地时间19日，同在', '').replace('富有', '很有');
    await ingestImportItem(db, importedItem('a.txt', 'sha-2', textArticle('美俄会晤', edited)));
    const version2 = (await db.versions.get('sha-2'))!;
    const rows = await listHighlights(db, articleId);
    expect(rows).toHaveLength(3);
    const moved = rows.find((r) => r.id === h.id)!;
    expect(moved).toMatchObject({ versionId: 'sha-2', anchor: 'moved' });
    expect(version2.original.slice(moved.position.start, moved.position.end)).toBe('俄罗斯外长拉夫罗夫');
    const review = rows.find((r) => r.id === fuzzy.id)!;
    expect(review.anchor).toBe('fuzzy');
    expect(version2.original.slice(review.position.start, review.position.end)).toBe('双方都表示会谈很有建设性');
    expect(rows.find((r) => r.id === gone.id)).toMatchObject({ anchor: 'orphan', versionId: version1.id, deletedAt: null });
  });
});
