import { describe, expect, it } from 'vitest';
import type { Source } from '../model/Library';
import type { GradingsEntry, GradingsFile } from './gradingsFormat';
import { planGradingsMerge } from './planGradingsMerge';
import { resolveGradingsMerge } from './resolveGradingsMerge';

const local = (id: string, over: Partial<Source>): Source => ({
  id, name: id, key: `name:${id}`, platform: null, domains: [], aliases: [], grade: null, rationale: '', history: [], tags: [], updatedAt: 1, ...over,
});
const entry = (over: Partial<GradingsEntry>): GradingsEntry => ({
  key: 'name:x', name: 'x', platform: null, domains: [], aliases: [], grade: null, rationale: '', history: [], tags: [], ...over,
});
const file = (sources: GradingsEntry[]): GradingsFile => ({ format: 'gleaner-gradings', version: 1, exportedAt: '2024-01-01T00:00:00Z', sources, tags: [] });
let counter = 0;
const options = { now: 1000, newId: () => `new-${++counter}` };

describe('planGradingsMerge', () => {
  const mine = [
    local('xinhua', { name: '新华网', key: 'name:新华网', grade: 'B', rationale: 'state media, accurate on dates', domains: ['news.cn'] }),
    local('ntd', { name: 'ntdtv.com', key: 'domain:ntdtv.com', domains: ['ntdtv.com'], aliases: ['name:新唐人'] }),
    local('acct', { name: '网易号 · 傲骨真心', key: 'acct:网易号:傲骨真心', platform: '网易号' }),
    local('netease', { name: '网易', key: 'name:网易', grade: 'C', rationale: 'portal', domains: ['163.com'] }),
  ];

  it('matches by key, alias, re-normalized name and domain; adds the rest', () => {
    const plan = planGradingsMerge(mine, file([
      entry({ key: 'name:新华网', name: '新华网', grade: 'C', rationale: 'my view' }),
      entry({ key: 'name:新唐人', name: '新唐人', grade: 'E', rationale: 'partisan' }),
      entry({ key: 'acct:网易号:傲骨真心', name: '网易号·傲骨真心', platform: '网易号', grade: 'D', rationale: 'anon' }),
      entry({ key: 'name:xinhuanet', name: 'Xinhuanet', domains: ['news.cn'], grade: 'B', rationale: 'state media, accurate on dates' }),
      entry({ key: 'name:bbc news', name: 'BBC News', grade: 'B' }),
    ]));
    expect(plan.conflicts.map((m) => [m.local.id, m.entry.grade])).toEqual([['xinhua', 'C']]);
    expect(plan.fills.map((m) => m.local.id)).toEqual(['ntd', 'acct']);
    expect(plan.unchanged.map((m) => m.local.id)).toEqual(['xinhua']);
    expect(plan.additions.map((e) => e.name)).toEqual(['BBC News']);
  });

  it('never matches a self-media account to its platform by the shared domain', () => {
    const plan = planGradingsMerge(mine, file([entry({ key: 'acct:网易号:别的号', name: '网易号 · 别的号', platform: '网易号', domains: ['163.com'], grade: 'E' })]));
    expect(plan.additions).toHaveLength(1);
  });

  it('treats an ungraded incoming entry as nothing to take', () => {
    const plan = planGradingsMerge(mine, file([entry({ key: 'name:网易', name: '网易', grade: null, rationale: '' })]));
    expect(plan.unchanged).toHaveLength(1);
  });
});

describe('resolveGradingsMerge', () => {
  const mine = [local('a', { grade: 'B', rationale: 'mine', tags: ['x'] }), local('b', {})];
  const plan = planGradingsMerge(mine, file([
    entry({ key: 'name:a', name: 'a', grade: 'E', rationale: 'theirs', tags: ['partisan'] }),
    entry({ key: 'name:b', name: 'b', grade: 'A', rationale: 'solid' }),
    entry({ key: 'name:c', name: 'c', grade: 'C', rationale: 'new', history: [{ grade: 'C', rationale: 'new', at: '2023-01-01T00:00:00Z' }] }),
    entry({ key: 'name:c', name: 'c', grade: 'F' }),
  ]));

  it('keeps the local grade of a conflict without a choice, but unions tags', () => {
    const rows = resolveGradingsMerge(plan, {}, options);
    const a = rows.find((row) => row.id === 'a');
    expect(a).toMatchObject({ grade: 'B', rationale: 'mine', tags: ['x', 'partisan'] });
    expect(a?.history).toEqual([]);
  });

  it('takes the incoming grade when chosen and records it in the history', () => {
    const rows = resolveGradingsMerge(plan, { a: 'incoming' }, options);
    expect(rows.find((row) => row.id === 'a')).toMatchObject({ grade: 'E', rationale: 'theirs', history: [{ grade: 'E', rationale: 'theirs', at: 1000 }] });
  });

  it('fills ungraded sources and adds new ones once per key, with their dated history', () => {
    const rows = resolveGradingsMerge(plan, {}, options);
    expect(rows.find((row) => row.id === 'b')).toMatchObject({ grade: 'A', rationale: 'solid' });
    const added = rows.filter((row) => row.key === 'name:c');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ grade: 'C', history: [{ grade: 'C', rationale: 'new', at: Date.UTC(2023, 0, 1) }] });
  });

  it('does not rewrite rows the import leaves as they are', () => {
    const same = planGradingsMerge(mine, file([entry({ key: 'name:a', name: 'a', grade: 'B', rationale: 'mine', tags: ['x'] })]));
    expect(resolveGradingsMerge(same, {}, options)).toEqual([]);
  });
});
