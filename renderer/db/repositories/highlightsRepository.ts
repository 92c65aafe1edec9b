import type { RangeSelector } from '../../../shared/anchor/describeRange';
import type { ArticleVersion, CredibilityGrade, Highlight } from '../../../shared/model/Library';
import type { GleanerDb } from '../GleanerDb';
import { refreshArticleCounts } from './articleCounts';
import { reanchorHighlightRows } from './reanchorHighlightRows';
import { reanchorOverride } from './overridesRepository';

/** What the reader knows when the user highlights a selection. */
export interface NewHighlight {
  articleId: string;
  versionId: string;
  selector: RangeSelector;
  color: string;
  note?: string;
  credibility?: CredibilityGrade | null;
}

/** The fields the user edits on an existing highlight. */
export type HighlightPatch = Partial<Pick<Highlight, 'note' | 'color' | 'credibility' | 'anchor' | 'anchorScore' | 'quote' | 'tags'>>;

function tables(db: GleanerDb) {
  return [db.highlights, db.articles, db.documentNotes];
}

/** Stores a new highlight (one transaction, with the article's counts). */
export async function createHighlight(db: GleanerDb, input: NewHighlight, now = Date.now()): Promise<Highlight> {
  const highlight: Highlight = {
    id: crypto.randomUUID(),
    articleId: input.articleId,
    versionId: input.versionId,
    quote: input.selector.quote,
    position: input.selector.position,
    anchor: 'exact',
    color: input.color,
    credibility: input.credibility ?? null,
    note: input.note ?? '',
    tags: [],
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  await db.transaction('rw', tables(db), async () => {
    await db.highlights.add(highlight);
    await refreshArticleCounts(db, input.articleId);
  });
  return highlight;
}

/** Changes a highlight's note, colour, credibility or review state; returns the row as it was (for undo). */
export async function updateHighlight(db: GleanerDb, id: string, patch: HighlightPatch, now = Date.now()): Promise<Highlight | undefined> {
  return db.transaction('rw', tables(db), async () => {
    const before = await db.highlights.get(id);
    if (!before) return undefined;
    await db.highlights.update(id, { ...patch, updatedAt: now });
    if ('note' in patch) await refreshArticleCounts(db, before.articleId);
    return before;
  });
}

/** Puts a highlight row back exactly as it was (undo of an update). */
export async function putHighlight(db: GleanerDb, row: Highlight): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await db.highlights.put(row);
    await refreshArticleCounts(db, row.articleId);
  });
}

/** Moves a highlight to the trash; `restoreHighlight` undoes it. */
export async function deleteHighlight(db: GleanerDb, id: string, now = Date.now()): Promise<void> {
  await setDeleted(db, id, now);
}

/** Takes a highlight back out of the trash. */
export async function restoreHighlight(db: GleanerDb, id: string): Promise<void> {
  await setDeleted(db, id, null);
}

async function setDeleted(db: GleanerDb, id: string, deletedAt: number | null): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const row = await db.highlights.get(id);
    if (!row) return;
    await db.highlights.update(id, { deletedAt });
    await refreshArticleCounts(db, row.articleId);
  });
}

/** Deletes for good the trashed highlights of one article (or of all articles); returns how many. */
export async function emptyTrash(db: GleanerDb, articleId?: string): Promise<number> {
  return db.transaction('rw', db.highlights, async () => {
    const trashed = articleId
      ? db.highlights.where('articleId').equals(articleId).filter((h) => h.deletedAt !== null)
      : db.highlights.filter((h) => h.deletedAt !== null);
    return trashed.delete();
  });
}

/** Every highlight of an article, trashed ones included (callers split them). */
export async function listHighlights(db: GleanerDb, articleId: string): Promise<Highlight[]> {
  return db.highlights.where('articleId').equals(articleId).toArray();
}

/**
 * Moves every highlight of an article onto a new version of its original, in one transaction:
 * exact -> moved -> fuzzy (needs review) -> orphan. Never deletes a highlight. The user's
 * cleaner corrections follow the same way. Called by ingestion when a clipping gets a new version.
 */
export async function reanchorArticleHighlights(db: GleanerDb, articleId: string, version: ArticleVersion): Promise<void> {
  await db.transaction('rw', [db.highlights, db.overrides, db.versions, db.articles], async () => {
    const article = await db.articles.get(articleId);
    const format = article?.format ?? 'text';
    const rows = await db.highlights.where('articleId').equals(articleId).toArray();
    const moved = reanchorHighlightRows(rows, version, format, Date.now());
    if (moved.length) await db.highlights.bulkPut(moved);
    await reanchorOverride(db, articleId, version, format);
  });
}
