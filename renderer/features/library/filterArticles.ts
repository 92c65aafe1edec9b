import type { Article, Source, SourceGrade } from '../../../shared/model/Library';

/** The library's filters. Empty strings mean "any". UI-only state, never persisted. */
export interface LibraryFilters {
  sourceId: string;
  grade: SourceGrade | 'ungraded' | '';
  tag: string;
  language: string;
  /** `YYYY-MM-DD` bounds on the published date, inclusive. */
  from: string;
  to: string;
  hasNotes: boolean;
  /** Matches title, source name, author and tags, case-blind. */
  quick: string;
}

export const NO_FILTERS: LibraryFilters = { sourceId: '', grade: '', tag: '', language: '', from: '', to: '', hasNotes: false, quick: '' };

/** An article's reliability: its own override, else its source's grade. */
export function effectiveGrade(article: Article, source: Source | undefined): SourceGrade | null {
  return article.gradeOverride ?? source?.grade ?? null;
}

/** The source name shown for an article: the source row's name, else what the cleaner found. */
export function sourceNameOf(article: Article, source: Source | undefined): string {
  return source?.name ?? article.sourceName ?? '';
}

/** Applies the filters; an article without a date never passes a date bound. */
export function filterArticles(articles: readonly Article[], filters: LibraryFilters, sources: ReadonlyMap<string, Source>): Article[] {
  const quick = filters.quick.trim().toLowerCase();
  return articles.filter((a) => {
    const source = a.sourceId ? sources.get(a.sourceId) : undefined;
    if (filters.sourceId && a.sourceId !== filters.sourceId) return false;
    if (filters.grade) {
      const grade = effectiveGrade(a, source);
      if (filters.grade === 'ungraded' ? grade !== null : grade !== filters.grade) return false;
    }
    if (filters.tag && !a.tags.includes(filters.tag)) return false;
    if (filters.language && a.language !== filters.language) return false;
    if (filters.from || filters.to) {
      const day = a.published?.slice(0, 10);
      if (!day) return false;
      if (filters.from && day < filters.from) return false;
      if (filters.to && day > filters.to) return false;
    }
    if (filters.hasNotes && a.noteCount === 0) return false;
    if (quick) {
      const hay = [a.title, sourceNameOf(a, source), a.author ?? '', ...a.tags].join('\n').toLowerCase();
      if (!hay.includes(quick)) return false;
    }
    return true;
  });
}
