import type { GleanerDb } from '../GleanerDb';
import type { Source } from '../../../shared/model/Library';
import { normalizeSource } from '../../../shared/sources/normalizeSource';
import { newSourceRow } from './sourcesRepository';

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

/**
 * Folds sources into one (e.g. `ntdtv.com` and `新唐人`). The target keeps its name and grade;
 * the others' keys become its aliases so new clippings follow, their domains, tags and dated
 * history join it, and their articles move to it. All in one transaction.
 */
export async function mergeSources(db: GleanerDb, targetId: string, otherIds: string[]): Promise<void> {
  const others = otherIds.filter((id) => id !== targetId);
  if (others.length === 0) return;
  await db.transaction('rw', [db.sources, db.articles], async () => {
    const target = await db.sources.get(targetId);
    if (!target) throw new Error(`No source ${targetId}`);
    const rows = (await db.sources.bulkGet(others)).filter((row): row is Source => row !== undefined);
    const merged: Source = {
      ...target,
      aliases: union(target.aliases, rows.flatMap((row) => [row.key, ...row.aliases])).filter((key) => key !== target.key),
      domains: target.platform === null ? union(target.domains, rows.flatMap((row) => row.domains)) : target.domains,
      tags: union(target.tags, rows.flatMap((row) => row.tags)),
      history: [...target.history, ...rows.flatMap((row) => row.history)].sort((a, b) => a.at - b.at),
      updatedAt: Date.now(),
    };
    await db.sources.put(merged);
    await db.articles.where('sourceId').anyOf(others).modify({ sourceId: targetId, sourceName: target.name });
    await db.sources.bulkDelete(others);
  });
}

/**
 * Moves some articles of a source to another source named `name` (created ungraded when new,
 * e.g. one self-media account taken out of a platform). Returns the receiving source's id.
 */
export async function splitSource(db: GleanerDb, sourceId: string, articleIds: string[], name: string, platform: string | null = null): Promise<string> {
  const normalized = normalizeSource({ name, url: null, platform });
  if (!normalized) throw new Error('A source needs a name.');
  return db.transaction('rw', [db.sources, db.articles], async () => {
    const from = await db.sources.get(sourceId);
    if (!from) throw new Error(`No source ${sourceId}`);
    let target = await db.sources.where('key').equals(normalized.key).first();
    if (target?.id === sourceId) throw new Error('The new source must have a different name.');
    if (!target) {
      target = { ...newSourceRow({ ...normalized, name: name.trim(), domain: null }, Date.now()) };
      await db.sources.add(target);
    }
    // The split-off name must not stay an alias of the old source, or new clippings would go back.
    if (from.aliases.includes(normalized.key)) await db.sources.update(sourceId, { aliases: from.aliases.filter((key) => key !== normalized.key) });
    const targetId = target.id;
    const targetName = target.name;
    await db.articles.where('id').anyOf(articleIds).and((article) => article.sourceId === sourceId).modify({ sourceId: targetId, sourceName: targetName });
    return targetId;
  });
}
