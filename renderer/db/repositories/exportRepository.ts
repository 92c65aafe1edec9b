import type { GleanerDb } from '../GleanerDb';
import type { ExportItem } from '../../../shared/export/ExportModel';
import { versionText, type Article } from '../../../shared/model/Library';

/**
 * Reads what the Markdown export needs for the given articles (or the whole library), in the
 * given order, in one read transaction so the export is a consistent snapshot.
 */
export async function loadExportItems(db: GleanerDb, articleIds: string[] | 'all', includeCleanText: boolean): Promise<ExportItem[]> {
  return db.transaction('r', [db.articles, db.sources, db.highlights, db.documentNotes, db.versions], async () => {
    const articles = articleIds === 'all'
      ? await db.articles.orderBy('title').toArray()
      : (await db.articles.bulkGet(articleIds)).filter((a): a is Article => a !== undefined);
    const items: ExportItem[] = [];
    for (const article of articles) {
      const [source, note, highlights, version] = await Promise.all([
        article.sourceId ? db.sources.get(article.sourceId) : undefined,
        db.documentNotes.get(article.id),
        db.highlights.where('articleId').equals(article.id).toArray(),
        includeCleanText ? db.versions.get(article.currentVersionId) : undefined,
      ]);
      items.push({ article, source: source ?? null, documentNote: note?.text ?? '', highlights, cleanText: version ? versionText(version) : null });
    }
    return items;
  });
}
