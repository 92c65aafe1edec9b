import { describe, expect, it } from 'vitest';
import { openTestDb } from '../testing/openTestDb';
import { applyGradingsImport, clearAllGradings, exportGradings, planGradingsImport } from './gradingsRepository';
import { ensureSourceForArticle, gradeSource } from './sourcesRepository';
import { parseGradingsFile, stringifyGradingsFile } from '../../../shared/sources/gradingsFormat';

describe('gradings export and import', () => {
  it('export, clear, import: every grade and rationale is back', async () => {
    const db = await openTestDb();
    const xinhua = (await ensureSourceForArticle(db, { name: '新华网', url: 'https://www.news.cn/a' })) ?? '';
    const acct = (await ensureSourceForArticle(db, { name: '网易号 · 傲骨真心', url: null })) ?? '';
    await gradeSource(db, xinhua, 'B', 'state media 😀', 10);
    await gradeSource(db, acct, 'E', 'anonymous', 20);
    await db.sources.update(acct, { tags: ['self-media'] });
    await db.tags.add({ name: 'self-media', color: '#d97706' });
    const text = stringifyGradingsFile(await exportGradings(db, new Date(Date.UTC(2024, 0, 1))));

    expect(await clearAllGradings(db, 30)).toBe(2);
    await db.tags.clear();
    expect((await db.sources.toArray()).every((s) => s.grade === null)).toBe(true);

    const parsed = parseGradingsFile(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = await planGradingsImport(db, parsed.value);
    expect([plan.fills.length, plan.conflicts.length, plan.additions.length]).toEqual([2, 0, 0]);
    expect(await applyGradingsImport(db, parsed.value, {}, 40)).toEqual({ written: 2 });
    expect(await db.sources.get(xinhua)).toMatchObject({ grade: 'B', rationale: 'state media 😀' });
    expect(await db.sources.get(acct)).toMatchObject({ grade: 'E', rationale: 'anonymous', tags: ['self-media'] });
    expect((await db.sources.get(acct))?.history.map((h) => [h.grade, h.at])).toEqual([['E', 20], [null, 30], ['E', 40]]);
    expect(await db.tags.toArray()).toEqual([{ name: 'self-media', color: '#d97706' }]);
  });

  it('never overwrites a differing local grade without a choice', async () => {
    const db = await openTestDb();
    const id = (await ensureSourceForArticle(db, { name: '新华网', url: null })) ?? '';
    await gradeSource(db, id, 'B', 'mine');
    const file = { format: 'gleaner-gradings' as const, version: 1 as const, exportedAt: '2024-01-01T00:00:00Z', tags: [],
      sources: [{ key: 'name:新华网', name: '新华网', platform: null, domains: [], aliases: [], grade: 'D' as const, rationale: 'theirs', history: [], tags: [] },
        { key: 'name:bbc', name: 'BBC', platform: null, domains: [], aliases: [], grade: 'A' as const, rationale: '', history: [], tags: [] }] };
    const plan = await planGradingsImport(db, file);
    expect(plan.conflicts.map((c) => [c.local.grade, c.entry.grade])).toEqual([['B', 'D']]);
    await applyGradingsImport(db, file, {});
    expect((await db.sources.get(id))?.grade).toBe('B');
    expect(await db.sources.count()).toBe(2);
    await applyGradingsImport(db, file, { [id]: 'incoming' });
    expect(await db.sources.get(id)).toMatchObject({ grade: 'D', rationale: 'theirs' });
    expect(await db.sources.count()).toBe(2);
  });
});
