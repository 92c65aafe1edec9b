import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../shared/anchor/describeRange';
import { normalizeForMatch } from '../../../shared/anchor/normalizeForMatch';
import { cleanClipping } from '../../../shared/clean/cleanClipping';
import { CLEANER_VERSION } from '../../../shared/clean/cleanerVersion';
import type { CleanResult } from '../../../shared/model/CleanArticle';
import { versionText } from '../../../shared/model/Library';
import { importedItem, openTestDb } from '../testing/openTestDb';
import type { GleanerDb } from '../GleanerDb';
import { createHighlight } from './highlightsRepository';
import { ingestImportItem } from './importRepository';
import { saveDocumentNote } from './notesRepository';
import { describeRecleanOutcomes, recleanArticle, recleanArticles, type RecleanFn } from './recleanRepository';

const DUMP = [
  '首页 > 新闻 > 正文',
  '',
  '北极理事会部长级会议在冰岛召开',
  '2021-05-20 09:15 来源：新华社',
  '',
  '新华社雷克雅未克5月20日电 北极理事会第十二届部长级会议20日在冰岛首都雷克雅未克召开，各成员国外长出席会议。',
  '',
  '会议通过了未来十年的战略计划，并就气候变化、可持续发展等议题交换了意见。与会代表表示，将继续加强在北极事务上的合作。',
  '',
  '相关推荐',
  '冰岛火山再次喷发',
  '北欧多国举行联合演习',
].join('\n');

const realClean: RecleanFn = async (bytes, name) => cleanClipping(bytes, name);

/** Imports the dump as the current cleaner sees it, then marks its version as cleaned by an older cleaner with a worse result. */
async function importAsOldClean(db: GleanerDb): Promise<{ articleId: string; versionId: string }> {
  const result = cleanClipping(new TextEncoder().encode(DUMP), 'arctic.txt');
  if (!result.ok) throw new Error('the fixture must clean');
  const outcome = await ingestImportItem(db, importedItem('news/arctic.txt', 'sha-arctic', result.value));
  const articleId = (outcome as { articleId: string }).articleId;
  // What an older cleaner left: the whole page as one block, a wrong title, no date.
  await db.versions.update('sha-arctic', { cleanerVersion: CLEANER_VERSION - 1, blocks: [{ kind: 'paragraph', text: DUMP, start: 0, end: DUMP.length }], removed: [], text: DUMP });
  await db.articles.update(articleId, { title: '首页 > 新闻 > 正文', published: null, tags: ['arctic'], gradeOverride: 'B' });
  return { articleId, versionId: 'sha-arctic' };
}

describe('recleanArticle', () => {
  it('replaces an older cleaner’s output in place and keeps highlights, notes, tags and grades', async () => {
    const db = await openTestDb();
    const { articleId, versionId } = await importAsOldClean(db);
    const version = (await db.versions.get(versionId))!;
    const phrase = '北极理事会第十二届部长级会议';
    const start = version.original.indexOf(phrase);
    const selector = describeRange(version.original, normalizeForMatch(version.original, 'text'), start, start + phrase.length)!;
    const highlight = await createHighlight(db, { articleId, versionId, selector, color: 'yellow', note: 'who attended?' });
    await saveDocumentNote(db, articleId, 'Compare with the Reuters report.');

    expect(await recleanArticle(db, articleId, realClean)).toEqual({ kind: 'recleaned', articleId });

    const after = (await db.versions.get(versionId))!;
    expect(after.cleanerVersion).toBe(CLEANER_VERSION);
    expect(after.original).toBe(version.original);
    // The stale copies an older version stored (its text) are gone; the text follows from the new blocks.
    expect(after.text).toBeUndefined();
    expect(versionText(after)).not.toContain('相关推荐');
    expect(versionText(after)).toContain('会议通过了未来十年的战略计划');
    expect(after.removed.map((r) => r.reason)).toContain('related');
    expect(await db.articles.get(articleId)).toMatchObject({ title: '北极理事会部长级会议在冰岛召开', published: '2021-05-20T09:15', tags: ['arctic'], gradeOverride: 'B', currentVersionId: versionId, versionCount: 1 });
    // The highlight is the same row, at the same characters of the same original.
    expect(await db.highlights.get(highlight.id)).toEqual(highlight);
    expect(after.original.slice(highlight.position.start, highlight.position.end)).toBe(phrase);
    expect((await db.documentNotes.get(articleId))?.text).toBe('Compare with the Reuters report.');
    expect((await db.searchText.get(articleId))?.haystack).toContain('战略计划');
    expect((await db.versions.get(versionId))?.cleanerVersion).toBe(CLEANER_VERSION);
  });

  it('leaves an article cleaned by this cleaner alone unless forced', async () => {
    const db = await openTestDb();
    const { articleId } = await importAsOldClean(db);
    await recleanArticle(db, articleId, realClean);
    let calls = 0;
    const counting: RecleanFn = async (bytes, name) => {
      calls += 1;
      return cleanClipping(bytes, name);
    };
    expect(await recleanArticle(db, articleId, counting)).toEqual({ kind: 'current', articleId });
    expect(calls).toBe(0);
    expect(await recleanArticle(db, articleId, counting, { force: true })).toEqual({ kind: 'recleaned', articleId });
    expect(calls).toBe(1);
  });

  it('changes nothing when the cleaner fails or reads a different text, and says why', async () => {
    const db = await openTestDb();
    const { articleId, versionId } = await importAsOldClean(db);
    const before = await db.versions.get(versionId);
    const failing: RecleanFn = async () => ({ ok: false, error: { code: 'internal', message: 'The cleaner failed on this file: boom' } }) satisfies CleanResult;
    expect(await recleanArticle(db, articleId, failing)).toEqual({ kind: 'failed', articleId, message: 'The cleaner failed on this file: boom' });
    const different: RecleanFn = async (bytes, name) => {
      const r = cleanClipping(bytes, name);
      return r.ok ? { ok: true, value: { ...r.value, original: `${r.value.original}\nextra` } } : r;
    };
    expect((await recleanArticle(db, articleId, different)).kind).toBe('failed');
    expect(await db.versions.get(versionId)).toEqual(before);
  });

  it('goes on past a failure in a batch and sums the outcomes up', async () => {
    const db = await openTestDb();
    const { articleId } = await importAsOldClean(db);
    const outcomes = await recleanArticles(db, ['no-such-article', articleId], realClean);
    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'recleaned']);
    expect(describeRecleanOutcomes(outcomes)).toBe('Re-cleaned 1 of 2; 1 not re-cleaned (The article or its text is no longer in the library.).');
    expect(describeRecleanOutcomes(await recleanArticles(db, [articleId], realClean))).toBe('Re-cleaned 0 of 1; 1 already cleaned by this version of the cleaner.');
  });

  it('refuses an article whose original is not stored (a backup without originals) and leaves it whole', async () => {
    const db = await openTestDb();
    const { articleId, versionId } = await importAsOldClean(db);
    await db.versions.update(versionId, { original: '' });
    const before = await db.versions.get(versionId);
    const outcome = await recleanArticle(db, articleId, realClean);
    expect(outcome.kind).toBe('failed');
    expect(await db.versions.get(versionId)).toEqual(before);
  });

  it('keeps the import’s decoding warnings, which only the import could see, and takes the new cleaner’s others', async () => {
    const db = await openTestDb();
    const { articleId } = await importAsOldClean(db);
    await db.articles.update(articleId, { warnings: [{ code: 'encoding-guessed', message: 'Decoded as GBK (guessed).' }, { code: 'body-short', message: 'stale' }] });
    await recleanArticle(db, articleId, realClean);
    expect((await db.articles.get(articleId))?.warnings.map((w) => w.code)).toEqual(['encoding-guessed']);
  });
});
