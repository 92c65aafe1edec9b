import { useLiveQuery } from 'dexie-react-hooks';
import type { Article, Source } from '../../../shared/model/Library';
import { useDb } from '../DbContext';

/** One line of the Sources table: the source with how much of the library it stands behind. */
export interface SourceRow {
  source: Source;
  articles: number;
  highlights: number;
  /** When the grade last changed (ms), or null when never graded. */
  lastGradedAt: number | null;
}

/** All sources with article and highlight counts, kept live. Undefined while loading. */
export function useSourceRows(): SourceRow[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [sources, articles] = await Promise.all([db.sources.toArray(), db.articles.toArray()]);
    const counts = new Map<string, { articles: number; highlights: number }>();
    for (const article of articles) {
      if (!article.sourceId) continue;
      const count = counts.get(article.sourceId) ?? { articles: 0, highlights: 0 };
      count.articles += 1;
      count.highlights += article.highlightCount;
      counts.set(article.sourceId, count);
    }
    return sources.map((source) => ({
      source,
      articles: counts.get(source.id)?.articles ?? 0,
      highlights: counts.get(source.id)?.highlights ?? 0,
      lastGradedAt: source.history.at(-1)?.at ?? null,
    }));
  }, [db]);
}

/** One source and its articles, kept live; null when it no longer exists (merged away). */
export function useSourceDetail(sourceId: string | null): { source: Source; articles: Article[] } | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!sourceId) return null;
    const source = await db.sources.get(sourceId);
    if (!source) return null;
    const articles = await db.articles.where('sourceId').equals(sourceId).toArray();
    return { source, articles: articles.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')) };
  }, [db, sourceId]);
}
