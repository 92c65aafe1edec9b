import type { GleanerDb } from '../GleanerDb';
import type { Tag } from '../../../shared/model/Library';

/** What a tag change replaced, so it can be undone exactly. */
export interface TagUndo {
  tags: Tag[];
  removedTags: string[];
  sources: { id: string; tags: string[] }[];
  articles: { id: string; tags: string[] }[];
  highlights: { id: string; tags: string[] }[];
}

/** A tag with how often it is used, for the tag manager. */
export interface TagUsage extends Tag {
  sources: number;
  articles: number;
  highlights: number;
}

const tables = (db: GleanerDb) => [db.tags, db.sources, db.articles, db.highlights];

/** All tags with their use counts (tags used on rows but never given a colour are listed too). */
export async function listTagUsage(db: GleanerDb): Promise<TagUsage[]> {
  return db.transaction('r', tables(db), async () => {
    const byName = new Map<string, TagUsage>();
    for (const tag of await db.tags.toArray()) byName.set(tag.name, { ...tag, sources: 0, articles: 0, highlights: 0 });
    const tally = (names: string[], field: 'sources' | 'articles' | 'highlights') => {
      for (const name of names) {
        const usage = byName.get(name) ?? { name, color: '#888888', sources: 0, articles: 0, highlights: 0 };
        usage[field] += 1;
        byName.set(name, usage);
      }
    };
    await db.sources.each((row) => tally(row.tags, 'sources'));
    await db.articles.each((row) => tally(row.tags, 'articles'));
    await db.highlights.each((row) => tally(row.tags, 'highlights'));
    return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  });
}

/** Creates a tag or changes its colour. */
export async function saveTag(db: GleanerDb, tag: Tag): Promise<void> {
  await db.tags.put(tag);
}

/**
 * Replaces tags `from` by `to` everywhere (rename when one, merge when several; `to` null deletes).
 * One transaction; returns what it replaced so undoTagChange can put it back.
 */
export async function replaceTags(db: GleanerDb, from: string[], to: string | null, color?: string): Promise<TagUndo> {
  return db.transaction('rw', tables(db), async () => {
    const fromSet = new Set(from.filter((name) => name !== to));
    const swap = (names: string[]) => [...new Set(names.flatMap((name) => (fromSet.has(name) ? (to === null ? [] : [to]) : [name])))];
    const undo: TagUndo = { tags: [], removedTags: [], sources: [], articles: [], highlights: [] };
    for (const [table, field] of [[db.sources, 'sources'], [db.articles, 'articles'], [db.highlights, 'highlights']] as const) {
      const rows = await (table as typeof db.sources).where('tags').anyOf([...fromSet]).distinct().toArray();
      for (const row of rows) {
        undo[field].push({ id: row.id, tags: row.tags });
        await (table as typeof db.sources).update(row.id, { tags: swap(row.tags) });
      }
    }
    undo.tags = (await db.tags.bulkGet([...fromSet, ...(to ? [to] : [])])).filter((tag): tag is Tag => tag !== undefined);
    const target = to ? await db.tags.get(to) : undefined;
    await db.tags.bulkDelete([...fromSet]);
    if (to) {
      if (!target) undo.removedTags.push(to);
      await db.tags.put({ name: to, color: color ?? target?.color ?? undo.tags[0]?.color ?? '#888888' });
    }
    return undo;
  });
}

/** Puts back exactly the tags a replaceTags call changed. */
export async function undoTagChange(db: GleanerDb, undo: TagUndo): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await db.tags.bulkDelete(undo.removedTags);
    await db.tags.bulkPut(undo.tags);
    for (const row of undo.sources) await db.sources.update(row.id, { tags: row.tags });
    for (const row of undo.articles) await db.articles.update(row.id, { tags: row.tags });
    for (const row of undo.highlights) await db.highlights.update(row.id, { tags: row.tags });
  });
}
