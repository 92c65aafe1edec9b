import type { Article, Source, SourceGrade } from '../../../shared/model/Library';
import type { Snippet } from '../../../shared/search/makeSnippet';

/** One table row: the article plus what the table derives for it. */
export interface LibraryRow {
  article: Article;
  source: Source | undefined;
  sourceName: string;
  grade: SourceGrade | null;
  /** Set while a full-text search is active, when the search cut one. */
  snippet: Snippet | null;
  /** The active search, on rows it matched: a row without a snippet cuts its own (SearchSnippet). */
  searchQuery?: string;
}
