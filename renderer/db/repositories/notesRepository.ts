import type { DocumentNoteRow, GleanerDb } from '../GleanerDb';
import { refreshArticleCounts } from './articleCounts';

/** The document note of an article ('' when none was written). */
export async function getDocumentNote(db: GleanerDb, articleId: string): Promise<string> {
  return (await db.documentNotes.get(articleId))?.text ?? '';
}

/**
 * Writes the document note (Markdown) in one transaction, with the article's note count.
 * Returns the text it replaced, for undo. An empty note removes the row.
 */
export async function saveDocumentNote(db: GleanerDb, articleId: string, text: string, now = Date.now()): Promise<string> {
  return db.transaction('rw', [db.documentNotes, db.articles, db.highlights], async () => {
    const before: DocumentNoteRow | undefined = await db.documentNotes.get(articleId);
    if ((before?.text ?? '') === text) return text;
    if (text === '') await db.documentNotes.delete(articleId);
    else await db.documentNotes.put({ articleId, text, updatedAt: now });
    await refreshArticleCounts(db, articleId);
    return before?.text ?? '';
  });
}
