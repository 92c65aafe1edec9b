import type { Article, Source } from '../../../shared/model/Library';
import { effectiveGrade, sourceNameOf } from './filterArticles';
import type { LibraryRow } from './LibraryRow';

/**
 * Every article as a table row, in the library's order. The view builds this list only when
 * the articles or sources change; filters, search and sorting then pick from it. Snippets are
 * attached later, to the rows on screen only (see windowRows), so a search does not rebuild it.
 */
export function toLibraryRows(articles: readonly Article[], sources: ReadonlyMap<string, Source>): LibraryRow[] {
  return articles.map((article) => {
    const source = article.sourceId ? sources.get(article.sourceId) : undefined;
    return { article, source, sourceName: sourceNameOf(article, source), grade: effectiveGrade(article, source), snippet: null };
  });
}
