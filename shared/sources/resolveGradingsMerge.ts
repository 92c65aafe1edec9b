import type { Source } from '../model/Library';
import type { GradingsEntry } from './gradingsFormat';
import type { GradingsMergePlan } from './planGradingsMerge';

/** The user's pick for one conflict, keyed by the local source id. Missing means keep local. */
export type ConflictChoice = 'local' | 'incoming';

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

/** A new source row built from a file entry; its history keeps the colleague's dated entries. */
function rowFromEntry(entry: GradingsEntry, id: string, now: number): Source {
  return {
    id,
    name: entry.name,
    key: entry.key,
    platform: entry.platform,
    domains: [...entry.domains],
    aliases: [...entry.aliases],
    grade: entry.grade,
    rationale: entry.rationale,
    history: entry.history.map((item) => ({ grade: item.grade, rationale: item.rationale, at: Date.parse(item.at) })),
    tags: [...entry.tags],
    updatedAt: now,
  };
}

/** Additive fields (tags, domains, aliases) are unioned whatever the grade decision. */
function withUnions(row: Source, entry: GradingsEntry): Source {
  const aliases = union(row.aliases, entry.key === row.key ? entry.aliases : [entry.key, ...entry.aliases]).filter((key) => key !== row.key);
  return { ...row, tags: union(row.tags, entry.tags), domains: union(row.domains, entry.domains), aliases };
}

/** Takes the incoming grade and records the change in the dated history. */
function takeIncoming(row: Source, entry: GradingsEntry, now: number): Source {
  return {
    ...row,
    grade: entry.grade,
    rationale: entry.rationale,
    history: [...row.history, { grade: entry.grade, rationale: entry.rationale, at: now }],
  };
}

/**
 * Turns a plan and the user's choices into the rows to write. Pure. A conflict without a choice
 * keeps the local grade: an import never overwrites a grade the user did not pick.
 */
export function resolveGradingsMerge(
  plan: GradingsMergePlan,
  choices: Readonly<Record<string, ConflictChoice>>,
  options: { now: number; newId: () => string },
): Source[] {
  const rows = new Map<string, Source>();
  const originals = new Map<string, string>();
  for (const { local } of [...plan.unchanged, ...plan.fills, ...plan.conflicts]) originals.set(local.id, JSON.stringify(local));
  const current = (local: Source): Source => rows.get(local.id) ?? local;
  for (const { entry, local } of plan.unchanged) rows.set(local.id, withUnions(current(local), entry));
  for (const { entry, local } of plan.fills) rows.set(local.id, takeIncoming(withUnions(current(local), entry), entry, options.now));
  for (const { entry, local } of plan.conflicts) {
    const merged = withUnions(current(local), entry);
    rows.set(local.id, choices[local.id] === 'incoming' ? takeIncoming(merged, entry, options.now) : merged);
  }
  const taken = new Set([...rows.values()].map((row) => row.key));
  for (const entry of plan.additions) {
    // Two entries of one file may share a key (a colleague's own duplicates): the first wins.
    if (taken.has(entry.key)) continue;
    taken.add(entry.key);
    const row = rowFromEntry(entry, options.newId(), options.now);
    rows.set(row.id, row);
  }
  // Rows the import did not change are not rewritten, so their updatedAt stays honest.
  return [...rows.values()].filter((row) => originals.get(row.id) !== JSON.stringify(row)).map((row) => ({ ...row, updatedAt: options.now }));
}
