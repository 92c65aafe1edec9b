import type { Snippet } from '../../../shared/search/makeSnippet';
import { useSnippet } from '../../db/hooks/useSnippet';

interface Props {
  articleId: string;
  /** The active search, or null when none is. */
  query: string | null;
  /** The snippet the search already cut, if it read the article's text. */
  snippet: Snippet | null;
}

function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <div className="snippet" data-testid="snippet">
      {snippet.before}
      <mark>{snippet.match}</mark>
      {snippet.after}
    </div>
  );
}

function LazySnippet({ articleId, query }: { articleId: string; query: string }) {
  const snippet = useSnippet(articleId, query);
  return snippet ? <SnippetText snippet={snippet} /> : null;
}

/** The matching text under a title while a search is active; cut on demand when the search left it out. */
export function SearchSnippet({ articleId, query, snippet }: Props) {
  if (snippet) return <SnippetText snippet={snippet} />;
  return query ? <LazySnippet articleId={articleId} query={query} /> : null;
}
