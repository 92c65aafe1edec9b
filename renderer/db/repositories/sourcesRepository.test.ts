import { describe, expect, it } from 'vitest';
import { openTestDb } from '../testing/openTestDb';
import type { GleanerDb } from '../GleanerDb';
import { ensureSourceForArticle, gradeSource, renameSource, setArticleGradeOverride } from './sourcesRepository';
import { mergeSources, splitSource } from './sourcesMergeRepository';
import { fixtureArticle } from '../../../shared/export/testing/exportFixtures';

async function addArticle(db: GleanerDb, id: string, sourceId: string | null, sourceName: string | null) {
  await db.articles.add(fixtureArticle({ id, path: `${id}.html`, sourceId, sourceName }));
}

describe('ensureSourceForArticle', () => {
  it('creates a source once per outlet and matches later clippings to it', async () => {
    const db = await openTestDb();
    const first = await ensureSourceForArticle(db, { name: '网易号 · 傲骨真心', url: 'https://www.163.com/dy/a.html' });
    expect(await ensureSourceForArticle(db, { name: '网易号·傲骨真心', url: null })).toBe(first);
    const netease = await ensureSourceForArticle(db, { name: '网易', url: 'https://www.163.com/news/a.html' });
    expect(netease).not.toBe(first);
    expect(await db.sources.get(first ?? '')).toMatchObject({ platform: '网易号', domains: [], grade: null, history: [] });
    expect(await ensureSourceForArticle(db, { name: null, url: null })).toBeNull();
  });

  it('matches a clipping that only has a URL to the named source of the same site', async () => {
    const db = await openTestDb();
    const named = await ensureSourceForArticle(db, { name: '新唐人', url: 'https://www.ntdtv.com/gb/a.html' });
    expect(await db.sources.get(named ?? '')).toMatchObject({ key: 'name:新唐人', domains: ['ntdtv.com'] });
    expect(await ensureSourceForArticle(db, { name: null, url: 'https://www.ntdtv.com/gb/b.html' })).toBe(named);
    expect(await ensureSourceForArticle(db, { name: null, url: 'https://www.other.org/b.html' })).not.toBe(named);
  });

  it('runs inside a caller transaction that lists articles and sources', async () => {
    const db = await openTestDb();
    const ids = await db.transaction('rw', [db.articles, db.sources], async () => {
      const a = await ensureSourceForArticle(db, { name: null, url: 'https://www.ntdtv.com/x' });
      const b = await ensureSourceForArticle(db, { name: 'www.ntdtv.com', url: null });
      return [a, b];
    });
    expect(ids[0]).toBe(ids[1]);
    expect(await db.sources.count()).toBe(1);
  });
});

describe('grading and renaming', () => {
  it('records every grade change with its rationale and date', async () => {
    const db = await openTestDb();
    const id = (await ensureSourceForArticle(db, { name: '新华网', url: null })) ?? '';
    await gradeSource(db, id, 'B', 'state media; dates reliable', 100);
    await gradeSource(db, id, 'B', 'state media; dates reliable', 200);
    await gradeSource(db, id, null, '', 300);
    const source = await db.sources.get(id);
    expect(source?.grade).toBeNull();
    expect(source?.history).toEqual([{ grade: 'B', rationale: 'state media; dates reliable', at: 100 }, { grade: null, rationale: '', at: 300 }]);
  });

  it('renames, keeps the old key, follows with articles, and refuses a taken name', async () => {
    const db = await openTestDb();
    const id = (await ensureSourceForArticle(db, { name: 'ntdtv.com', url: null })) ?? '';
    const other = (await ensureSourceForArticle(db, { name: '大纪元', url: null })) ?? '';
    await addArticle(db, 'a1', id, 'ntdtv.com');
    await renameSource(db, id, '新唐人');
    expect(await db.sources.get(id)).toMatchObject({ name: '新唐人', key: 'domain:ntdtv.com', aliases: ['name:新唐人'] });
    expect((await db.articles.get('a1'))?.sourceName).toBe('新唐人');
    expect(await ensureSourceForArticle(db, { name: '新唐人', url: null })).toBe(id);
    await expect(renameSource(db, other, '新唐人')).rejects.toThrow(/merge/u);
  });

  it('sets and clears an article override', async () => {
    const db = await openTestDb();
    await addArticle(db, 'a1', null, null);
    await setArticleGradeOverride(db, 'a1', 'E');
    expect((await db.articles.get('a1'))?.gradeOverride).toBe('E');
    await setArticleGradeOverride(db, 'a1', null);
    expect((await db.articles.get('a1'))?.gradeOverride).toBeNull();
  });
});

describe('merge and split', () => {
  it('merges sources: articles move, keys become aliases, history joins', async () => {
    const db = await openTestDb();
    const ntd = (await ensureSourceForArticle(db, { name: 'ntdtv.com', url: null })) ?? '';
    const xtr = (await ensureSourceForArticle(db, { name: '新唐人', url: null })) ?? '';
    await gradeSource(db, xtr, 'D', 'partisan', 50);
    await addArticle(db, 'a1', ntd, 'ntdtv.com');
    await addArticle(db, 'a2', xtr, '新唐人');
    await mergeSources(db, ntd, [xtr]);
    expect(await db.sources.count()).toBe(1);
    expect(await db.sources.get(ntd)).toMatchObject({ aliases: ['name:新唐人'], grade: null, history: [{ grade: 'D', rationale: 'partisan', at: 50 }] });
    expect((await db.articles.toArray()).map((a) => [a.sourceId, a.sourceName])).toEqual([[ntd, 'ntdtv.com'], [ntd, 'ntdtv.com']]);
    expect(await ensureSourceForArticle(db, { name: '新唐人', url: null })).toBe(ntd);
  });

  it('splits articles off into a new source, and later clippings go to it', async () => {
    const db = await openTestDb();
    const ntd = (await ensureSourceForArticle(db, { name: 'ntdtv.com', url: null })) ?? '';
    const xtr = (await ensureSourceForArticle(db, { name: '新唐人', url: null })) ?? '';
    await addArticle(db, 'a1', ntd, 'ntdtv.com');
    await addArticle(db, 'a2', xtr, '新唐人');
    await mergeSources(db, ntd, [xtr]);
    const back = await splitSource(db, ntd, ['a2'], '新唐人');
    expect((await db.articles.get('a2'))?.sourceId).toBe(back);
    expect((await db.articles.get('a1'))?.sourceId).toBe(ntd);
    expect((await db.sources.get(ntd))?.aliases).toEqual([]);
    expect(await ensureSourceForArticle(db, { name: '新唐人', url: null })).toBe(back);
    await expect(splitSource(db, ntd, ['a1'], 'ntdtv.com')).rejects.toThrow(/different/u);
  });
});
