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

/** Whether an article (with its source, if any) passes; `null` when no filter is set. */
export type ArticleMatcher = ((article: Article, source: Source | undefined) => boolean) | null;

/**
 * The filters as one test to run per article. An article without a date never passes a date
 * bound. Built once per filter change, so a keystroke in the quick filter costs one pass.
 */
export function articleMatcher(filters: LibraryFilters): ArticleMatcher {
  const quick = filters.quick.trim().toLowerCase();
  const { sourceId, grade, tag, language, from, to, hasNotes } = filters;
  if (!sourceId && !grade && !tag && !language && !from && !to && !hasNotes && !quick) return null;
  return (a, source) => {
    if (sourceId && a.sourceId !== sourceId) return false;
    if (grade) {
      const effective = effectiveGrade(a, source);
      if (grade === 'ungraded' ? effective !== null : effective !== grade) return false;
    }
    if (tag && !a.tags.includes(tag)) return false;
    if (language && a.language !== language) return false;
    if (from || to) {
      const day = a.published?.slice(0, 10);
      if (!day) return false;
      if (from && day < from) return false;
      if (to && day > to) return false;
    }
    if (hasNotes && a.noteCount === 0) return false;
    if (quick && !quickText(a).includes(quick) && !sourceNameOf(a, source).toLowerCase().includes(quick)) return false;
    return true;
  };
}

// The quick filter's text per article object, lowercased once: typing re-filters 10,000 rows
// on every keystroke. Weak, so a live query's replaced articles take their text with them.
// The source name is checked apart, since a renamed source keeps the same article object.
const quickTexts = new WeakMap<Article, string>();
function quickText(a: Article): string {
  let text = quickTexts.get(a);
  if (text === undefined) quickTexts.set(a, (text = [a.title, a.author ?? '', ...a.tags].join('\n').toLowerCase()));
  return text;
}

/** Applies the filters to a list of articles. */
export function filterArticles(articles: readonly Article[], filters: LibraryFilters, sources: ReadonlyMap<string, Source>): Article[] {
  const matches = articleMatcher(filters);
  if (!matches) return [...articles];
  return articles.filter((a) => matches(a, a.sourceId ? sources.get(a.sourceId) : undefined));
}
