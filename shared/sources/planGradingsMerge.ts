import type { Source } from '../model/Library';
import type { GradingsEntry, GradingsFile } from './gradingsFormat';
import { normalizeSource } from './normalizeSource';

/** A file entry paired with the local source it matched. */
export interface GradingsMatch {
  entry: GradingsEntry;
  local: Source;
}

/** What importing a colleague's gradings would do; nothing local is overwritten without a choice. */
export interface GradingsMergePlan {
  /** Entries with no local source: added as new sources. */
  additions: GradingsEntry[];
  /** The local source has no grade and no rationale: it takes the incoming one (nothing is lost). */
  fills: GradingsMatch[];
  /** Both sides graded and they differ: shown side by side for the user to choose. */
  conflicts: GradingsMatch[];
  /** Same grade and rationale, or nothing incoming: only tags, domains and aliases are unioned. */
  unchanged: GradingsMatch[];
}

/** The keys an entry or a source is known by: its key, its aliases and its re-normalized name. */
function keysOf(item: { key: string; name: string; platform: string | null; aliases: string[] }): string[] {
  const renormalized = normalizeSource({ name: item.name, url: null, platform: item.platform })?.key;
  return [item.key, ...item.aliases, ...(renormalized ? [renormalized] : [])];
}

/** Domains identify an outlet only when it is not an account on someone else's platform. */
function domainsOf(item: { platform: string | null; domains: string[] }): string[] {
  return item.platform === null ? item.domains : [];
}

/** Builds lookups over the local sources, by key/alias and by domain. */
function indexLocal(local: Source[]): { byKey: Map<string, Source>; byDomain: Map<string, Source> } {
  const byKey = new Map<string, Source>();
  const byDomain = new Map<string, Source>();
  for (const source of local) {
    for (const key of keysOf(source)) if (!byKey.has(key)) byKey.set(key, source);
    for (const domain of domainsOf(source)) if (!byDomain.has(domain)) byDomain.set(domain, source);
  }
  return { byKey, byDomain };
}

/** Finds the local source for one entry: by normalized key first, then by domain. */
export function matchEntry(entry: GradingsEntry, index: ReturnType<typeof indexLocal>): Source | null {
  for (const key of keysOf(entry)) {
    const found = index.byKey.get(key);
    if (found) return found;
  }
  for (const domain of domainsOf(entry)) {
    const found = index.byDomain.get(domain);
    if (found) return found;
  }
  return null;
}

/** Plans the import of a gradings file against the local sources. Pure: it changes nothing. */
export function planGradingsMerge(local: Source[], file: GradingsFile): GradingsMergePlan {
  const index = indexLocal(local);
  const plan: GradingsMergePlan = { additions: [], fills: [], conflicts: [], unchanged: [] };
  for (const entry of file.sources) {
    const match = matchEntry(entry, index);
    if (!match) {
      plan.additions.push(entry);
      continue;
    }
    const pair = { entry, local: match };
    const incomingEmpty = entry.grade === null && entry.rationale.trim() === '';
    const localEmpty = match.grade === null && match.rationale.trim() === '';
    const same = entry.grade === match.grade && entry.rationale.trim() === match.rationale.trim();
    if (same || incomingEmpty) plan.unchanged.push(pair);
    else if (localEmpty) plan.fills.push(pair);
    else plan.conflicts.push(pair);
  }
  return plan;
}
