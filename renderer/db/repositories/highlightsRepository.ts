import type { ArticleVersion } from '../../../shared/model/Library';
import type { GleanerDb } from '../GleanerDb';

/**
 * Moves every highlight of an article onto a new version of its original.
 * Called by ingestion when a clipping gets a new version. Never deletes a highlight.
 */
export async function reanchorArticleHighlights(db: GleanerDb, articleId: string, version: ArticleVersion): Promise<void> {
  // Stub until the anchoring steps land; keeps the contract callable.
  void db;
  void articleId;
  void version;
}
