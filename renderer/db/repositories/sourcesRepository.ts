import type { GleanerDb } from '../GleanerDb';
import type { Source, SourceGrade } from '../../../shared/model/Library';
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
  const byAlias = await db.sources.where('aliases').equals(normalized.key).first();
  if (byAlias) return byAlias.id;
  if (normalized.key.startsWith('domain:') && normalized.domain) {
    const domain = normalized.domain;
    const byDomain = await db.sources.where('domains').equals(domain).filter((source) => source.platform === null).first();
    if (byDomain) return byDomain.id;
  }
  const row = newSourceRow(normalized, Date.now());
  await db.sources.add(row);
  return row.id;
}

/**
 * Grades a source (null clears it) with a rationale, and appends the change to its dated history.
 * History entries are never edited or removed: they are the record of who thought what, when.
 */
export async function gradeSource(db: GleanerDb, sourceId: string, grade: SourceGrade | null, rationale: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error(`No source ${sourceId}`);
    if (source.grade === grade && source.rationale === rationale) return;
    await db.sources.put({ ...source, grade, rationale, history: [...source.history, { grade, rationale, at: now }], updatedAt: now });
  });
}

/** Sets or clears (null: inherit the source's grade) an article's own grade. */
export async function setArticleGradeOverride(db: GleanerDb, articleId: string, grade: SourceGrade | null): Promise<void> {
  await db.articles.update(articleId, { gradeOverride: grade, updatedAt: Date.now() });
}

/**
 * Renames a source. The old key stays its key (what clippings say); the new name's key becomes an
 * alias, so later clippings that use the new name land here too. Articles' cached names follow.
 */
export async function renameSource(db: GleanerDb, sourceId: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A source needs a name.');
  await db.transaction('rw', [db.sources, db.articles], async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error(`No source ${sourceId}`);
    const newKey = normalizeSource({ name: trimmed, url: null, platform: source.platform })?.key;
    const owner = newKey
      ? ((await db.sources.where('key').equals(newKey).first()) ?? (await db.sources.where('aliases').equals(newKey).first()))
      : undefined;
    if (owner && owner.id !== sourceId) throw new Error(`“${owner.name}” already has that name; merge the two sources instead.`);
    const aliases = newKey && newKey !== source.key && !source.aliases.includes(newKey) ? [...source.aliases, newKey] : source.aliases;
    await db.sources.put({ ...source, name: trimmed, aliases, updatedAt: Date.now() });
    await db.articles.where('sourceId').equals(sourceId).modify({ sourceName: trimmed });
  });
}
