import { useLiveQuery } from 'dexie-react-hooks';
import type { Article, ArticleVersion, Highlight, Source } from '../../../shared/model/Library';
import { useDb } from '../DbContext';
import type { StoredOverride } from '../repositories/overridesRepository';

// Each hook is its own live query so that a highlight write (which recounts the article row)
// does not re-read the 200 KB version and re-render the panes.

/** The article row, kept live; undefined while loading, null when it is not in the library. */
export function useArticle(articleId: string): Article | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.articles.get(articleId)) ?? null, [db, articleId]);
}

/** One stored version (immutable, so read once per id). */
export function useVersion(versionId: string | undefined): ArticleVersion | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (versionId ? ((await db.versions.get(versionId)) ?? null) : null), [db, versionId]);
}

/** The outlet behind the article, kept live (its grade shows in the badge). */
export function useSource(sourceId: string | null | undefined): Source | null {
  const db = useDb();
  return useLiveQuery(async () => (sourceId ? ((await db.sources.get(sourceId)) ?? null) : null), [db, sourceId]) ?? null;
}

/** The user's cleaner corrections for the article, kept live. */
export function useOverride(articleId: string): StoredOverride | null {
  const db = useDb();
  return useLiveQuery(async (): Promise<StoredOverride | null> => (await db.overrides.get(articleId)) ?? null, [db, articleId]) ?? null;
}

/** Every highlight of an article (trashed ones included), kept live. */
export function useArticleHighlights(articleId: string): Highlight[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.highlights.where('articleId').equals(articleId).toArray(), [db, articleId]);
}

/** The article's document note, kept live ('' when none). */
export function useDocumentNote(articleId: string): string | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.documentNotes.get(articleId))?.text ?? '', [db, articleId]);
}
