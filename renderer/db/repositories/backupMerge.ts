import type Dexie from 'dexie';
import type { GleanerDb } from '../GleanerDb';
import { writeSearchRow } from './searchRepository';
import type { Article, ArticleVersion, CleanOverride, Highlight, Source, Tag } from '../../../shared/model/Library';
import type { DocumentNoteRow, FileRow, FolderRow, SettingRow } from '../GleanerDb';

/** The two table operations the merge needs, whatever the table's key type. */
interface AddableTable<T> {
  bulkGet(keys: never[]): Promise<unknown[]>;
  bulkAdd(rows: T[]): Promise<unknown>;
}

/** Reads a table of the scratch copy of a backup (its schema is the backup's own). */
const rowsOf = <T>(scratch: Dexie, name: string): Promise<T[]> =>
  scratch.tables.some((table) => table.name === name) ? (scratch.table(name).toArray() as Promise<T[]>) : Promise.resolve([]);

/**
 * Merges a backup (opened as a scratch database) into a library that already holds data, in one
 * transaction. Local rows always win; backup rows are added when missing. The same article
 * (same id, or same folder and path) and the same source (same id, key or alias) are never
 * duplicated: the backup's rows are re-pointed at the local ones. Returns rows added per table.
 * Search data is derived: the backup's is not copied; restoreBackup rebuilds what is missing.
 */
export async function mergeBackupInto(db: GleanerDb, scratch: Dexie): Promise<Record<string, number>> {
  const backup = {
    articles: await rowsOf<Article>(scratch, 'articles'),
    versions: await rowsOf<ArticleVersion>(scratch, 'versions'),
    highlights: await rowsOf<Highlight>(scratch, 'highlights'),
    documentNotes: await rowsOf<DocumentNoteRow>(scratch, 'documentNotes'),
    overrides: await rowsOf<CleanOverride>(scratch, 'overrides'),
    sources: await rowsOf<Source>(scratch, 'sources'),
    tags: await rowsOf<Tag>(scratch, 'tags'),
    folders: await rowsOf<FolderRow>(scratch, 'folders'),
    files: await rowsOf<FileRow>(scratch, 'files'),
    settings: await rowsOf<SettingRow>(scratch, 'settings'),
  };
  return db.transaction('rw', [db.articles, db.versions, db.highlights, db.documentNotes, db.overrides, db.sources, db.tags, db.folders, db.files, db.settings, db.search, db.searchText], async () => {
    const added: Record<string, number> = {};
    const count = (table: string, n: number) => { added[table] = n; };

    // Sources: by id, then by key or alias; the rest are added.
    const localSources = await db.sources.toArray();
    const sourceIds = new Map<string, string>();
    const newSources: Source[] = [];
    for (const source of backup.sources) {
      const match = localSources.find((local) => local.id === source.id || local.key === source.key || local.aliases.includes(source.key));
      if (match) sourceIds.set(source.id, match.id);
      else newSources.push(source);
    }
    await db.sources.bulkAdd(newSources);
    count('sources', newSources.length);

    // Articles: by id, then by folder and path.
    const articleIds = new Map<string, string>();
    const newArticles: Article[] = [];
    for (const article of backup.articles) {
      const match = (await db.articles.get(article.id)) ?? (await db.articles.where('[root+path]').equals([article.root, article.path]).first());
      if (match) articleIds.set(article.id, match.id);
      else newArticles.push({ ...article, sourceId: article.sourceId ? (sourceIds.get(article.sourceId) ?? article.sourceId) : null });
    }
    await db.articles.bulkAdd(newArticles);
    count('articles', newArticles.length);
    const mapArticle = (id: string) => articleIds.get(id) ?? id;

    const addMissing = async <T>(table: AddableTable<T>, rows: T[], keyOf: (row: T) => unknown, name: string) => {
      const existing = await table.bulkGet(rows.map(keyOf) as never[]);
      const missing = rows.filter((_, i) => existing[i] === undefined);
      await table.bulkAdd(missing);
      count(name, missing.length);
      return missing;
    };
    await addMissing(db.versions, backup.versions.map((v) => ({ ...v, articleId: mapArticle(v.articleId) })), (v) => v.id, 'versions');
    const newHighlights = await addMissing(db.highlights, backup.highlights.map((h) => ({ ...h, articleId: mapArticle(h.articleId) })), (h) => h.id, 'highlights');
    await addMissing(db.documentNotes, backup.documentNotes.map((n) => ({ ...n, articleId: mapArticle(n.articleId) })), (n) => n.articleId, 'documentNotes');
    await addMissing(db.overrides, backup.overrides.map((o) => ({ ...o, articleId: mapArticle(o.articleId) })), (o) => o.articleId, 'overrides');
    await addMissing(db.tags, backup.tags, (t) => t.name, 'tags');
    await addMissing(db.folders, backup.folders, (f) => f.root, 'folders');
    await addMissing(db.files, backup.files.map((f) => ({ ...f, articleId: mapArticle(f.articleId) })), (f) => [f.root, f.path], 'files');
    await addMissing(db.settings, backup.settings, (s) => s.key, 'settings');

    // Local articles that received highlights from the backup: their counts must follow.
    const touched = new Set(newHighlights.map((h) => h.articleId).filter((id) => !newArticles.some((a) => a.id === id)));
    for (const articleId of touched) {
      const highlightCount = await db.highlights.where('articleId').equals(articleId).filter((h) => h.deletedAt === null).count();
      await db.articles.update(articleId, { highlightCount });
      await writeSearchRow(db, articleId);
    }
    return added;
  });
}
