import type { GleanerDb } from '../GleanerDb';
import type { Source } from '../../../shared/model/Library';
import { normalizeSource, type NormalizedSource } from '../../../shared/sources/normalizeSource';

/** A fresh, ungraded source row for a normalized outlet. */
export function newSourceRow(normalized: NormalizedSource, now: number): Source {
  return {
    id: crypto.randomUUID(),
    name: normalized.name,
    key: normalized.key,
    platform: normalized.platform,
    domains: normalized.domain ? [normalized.domain] : [],
    aliases: [],
    grade: null,
    rationale: '',
    history: [],
    tags: [],
    updatedAt: now,
  };
}

/**
 * Finds the source an article belongs to, creating it when new, and returns its id (null when
 * the clipping names no outlet at all).
 *
 * Tables touched: **db.sources only** (read and write). Callers may run it inside their own
 * `db.transaction('rw', [db.articles, db.sources, …])`: it awaits nothing but Dexie operations
 * on that table, so the transaction stays alive. Matching order: the normalized key, then a
 * merged-away alias key, then (only for outlets known by address alone) a recorded domain.
 */
export async function ensureSourceForArticle(
  db: GleanerDb,
  input: { name: string | null; url: string | null; platform?: string | null },
): Promise<string | null> {
  const normalized = normalizeSource(input);
  if (!normalized) return null;
  const byKey = await db.sources.where('key').equals(normalized.key).first();
  if (byKey) return byKey.id;
  // Aliases hold the keys of sources merged into this one, so new clippings follow the merge.
  const byAlias = await db.sources.filter((source) => source.aliases.includes(normalized.key)).first();
  if (byAlias) return byAlias.id;
  if (normalized.key.startsWith('domain:') && normalized.domain) {
    const domain = normalized.domain;
    const byDomain = await db.sources.filter((source) => source.platform === null && source.domains.includes(domain)).first();
    if (byDomain) return byDomain.id;
  }
  const row = newSourceRow(normalized, Date.now());
  await db.sources.add(row);
  return row.id;
}
