import type { Article, Highlight, SourceGrade } from '../../../shared/model/Library';
import type { CleanOverride } from '../../../shared/model/Library';
import type { DocumentNoteRow, FileRow, GleanerDb, SearchRow, SearchTextRow } from '../GleanerDb';
import type { ArticleVersion } from '../../../shared/model/Library';
import { nextSearchRevision } from './searchRepository';

/** Every row of the library list. Bodies live in `versions`, so this stays light at 10,000 articles. */
export function listArticles(db: GleanerDb): Promise<Article[]> {
  return db.articles.toArray();
}

/** Adds a tag to many articles at once (and to the tag list). */
export async function addTagToArticles(db: GleanerDb, ids: string[], tag: string, now = Date.now()): Promise<void> {
  const name = tag.trim();
  if (!name) return;
  await db.transaction('rw', [db.articles, db.tags], async () => {
    if (!(await db.tags.get(name))) await db.tags.add({ name, color: '' });
    await db.articles.where('id').anyOf(ids).modify((article) => {
      if (!article.tags.includes(name)) {
        article.tags = [...article.tags, name];
        article.updatedAt = now;
      }
    });
  });
}

/** Sets (or with null clears) the article-level reliability grade of many articles. */
export async function setArticlesGrade(db: GleanerDb, ids: string[], grade: SourceGrade | null, now = Date.now()): Promise<void> {
  await db.articles.where('id').anyOf(ids).modify({ gradeOverride: grade, updatedAt: now });
}

/** Everything a removal took out, so Undo can put it back exactly. */
export interface RemovedArticles {
  articles: Article[];
  versions: ArticleVersion[];
  files: FileRow[];
  search: SearchRow[];
  searchText: SearchTextRow[];
  highlights: Highlight[];
  documentNotes: DocumentNoteRow[];
  overrides: CleanOverride[];
}

function removalTables(db: GleanerDb) {
  return [db.articles, db.versions, db.files, db.search, db.searchText, db.highlights, db.documentNotes, db.overrides];
}

/**
 * Removes articles from the library with all that hangs on them, in one transaction, and
 * returns what it removed for Undo. This is the only deleting path and a user action.
 */
export async function removeArticles(db: GleanerDb, ids: string[]): Promise<RemovedArticles> {
  return db.transaction('rw', removalTables(db), async () => {
    const snapshot: RemovedArticles = {
      articles: (await db.articles.bulkGet(ids)).filter((a): a is Article => a !== undefined),
      versions: await db.versions.where('articleId').anyOf(ids).toArray(),
      files: await db.files.where('articleId').anyOf(ids).toArray(),
      search: (await db.search.bulkGet(ids)).filter((s): s is SearchRow => s !== undefined),
      searchText: (await db.searchText.bulkGet(ids)).filter((s): s is SearchTextRow => s !== undefined),
      highlights: await db.highlights.where('articleId').anyOf(ids).toArray(),
      documentNotes: (await db.documentNotes.bulkGet(ids)).filter((n): n is DocumentNoteRow => n !== undefined),
      overrides: (await db.overrides.bulkGet(ids)).filter((o): o is CleanOverride => o !== undefined),
    };
    await db.articles.bulkDelete(ids);
    await db.versions.bulkDelete(snapshot.versions.map((v) => v.id));
    await db.files.bulkDelete(snapshot.files.map((f) => [f.root, f.path] as [string, string]));
    await db.search.bulkDelete(ids);
    await db.searchText.bulkDelete(ids);
    await db.highlights.bulkDelete(snapshot.highlights.map((h) => h.id));
    await db.documentNotes.bulkDelete(ids);
    await db.overrides.bulkDelete(ids);
    return snapshot;
  });
}

/** Undo of removeArticles: puts every removed row back. */
export async function restoreRemovedArticles(db: GleanerDb, removed: RemovedArticles): Promise<void> {
  await db.transaction('rw', removalTables(db), async () => {
    await db.articles.bulkPut(removed.articles);
    await db.versions.bulkPut(removed.versions);
    await db.files.bulkPut(removed.files);
    await db.search.bulkPut(removed.search);
    // Restored texts are new to the search worker, which forgot them on removal.
    await db.searchText.bulkPut(removed.searchText.map((text) => ({ ...text, rev: nextSearchRevision() })));
    await db.highlights.bulkPut(removed.highlights);
    await db.documentNotes.bulkPut(removed.documentNotes);
    await db.overrides.bulkPut(removed.overrides);
  });
}

/** The watcher saw a file disappear: its article and annotations stay, marked "file missing". */
export async function markFileMissing(db: GleanerDb, root: string, path: string): Promise<void> {
  await db.transaction('rw', [db.files, db.articles], async () => {
    const file = await db.files.get([root, path]);
    if (!file) return;
    const article = await db.articles.get(file.articleId);
    if (article && article.root === root && article.path === path) await db.articles.update(article.id, { fileMissing: true });
  });
}

/**
 * After a complete (not cancelled) import of a folder: articles whose file was not seen are
 * marked "file missing". Nothing is deleted; a file that comes back clears the mark.
 */
export async function markUnseenFilesMissing(db: GleanerDb, root: string, seenPaths: ReadonlySet<string>): Promise<number> {
  return db.transaction('rw', [db.files, db.articles], async () => {
    const unseen = (await db.files.where('[root+path]').between([root, ''], [root, '\uffff']).toArray()).filter((f) => !seenPaths.has(f.path));
    let marked = 0;
    for (const file of unseen) {
      const article = await db.articles.get(file.articleId);
      if (article && article.root === root && article.path === file.path && !article.fileMissing) {
        await db.articles.update(article.id, { fileMissing: true });
        marked += 1;
      }
    }
    return marked;
  });
}
