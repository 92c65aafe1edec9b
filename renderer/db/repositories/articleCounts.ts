import type { GleanerDb } from '../GleanerDb';

/**
 * Recounts an article's highlights and notes (the library lists them). Called inside the
 * transaction of the write that changed them, so the counts never drift from the rows.
 */
export async function refreshArticleCounts(db: GleanerDb, articleId: string): Promise<void> {
  const article = await db.articles.get(articleId);
  if (!article) return;
  const live = await db.highlights.where('articleId').equals(articleId).filter((h) => h.deletedAt === null).toArray();
  const documentNote = await db.documentNotes.get(articleId);
  const noteCount = live.filter((h) => h.note.trim() !== '').length + (documentNote?.text.trim() ? 1 : 0);
  if (article.highlightCount !== live.length || article.noteCount !== noteCount) {
    await db.articles.update(articleId, { highlightCount: live.length, noteCount });
  }
}
