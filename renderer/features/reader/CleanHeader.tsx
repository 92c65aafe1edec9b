import type { Article, Source } from '../../../shared/model/Library';
import { GradeBadge } from '../sources/GradeBadge';
import { getPlatform } from '../../platform/getPlatform';

const DATE_KIND_WORDS = { published: 'published', captured: 'captured', unknown: 'date' } as const;

/** Only web links are offered; anything else in a clipping's URL field is shown as text. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Title, metadata line (source, date with its kind, author, original link) and reliability badge. */
export function CleanHeader({ article, source }: { article: Article; source: Source | null }) {
  const grade = article.gradeOverride ?? source?.grade ?? null;
  const open = (e: React.MouseEvent, url: string) => {
    e.preventDefault();
    // The host confirms and opens it in the system browser; the reader never navigates.
    void getPlatform().openExternal(url);
  };
  return (
    <header className="clean-header">
      <h1 className="clean-title">{article.title}</h1>
      <p className="clean-meta">
        <GradeBadge source={grade} />
        {(source?.name ?? article.sourceName) && <span className="meta-source">{source?.name ?? article.sourceName}</span>}
        {article.published ? (
          <span className="meta-date" data-date-kind={article.publishedKind}>
            {DATE_KIND_WORDS[article.publishedKind]} {article.published.replace('T', ' ')}
          </span>
        ) : (
          <span className="meta-date" data-date-kind="none">no date</span>
        )}
        {article.author && <span className="meta-author">by {article.author}</span>}
        {article.url &&
          (isWebUrl(article.url) ? (
            <a className="meta-url" href={article.url} onClick={(e) => open(e, article.url ?? '')} rel="noreferrer noopener">
              Original page
            </a>
          ) : (
            <span className="meta-url">{article.url}</span>
          ))}
      </p>
    </header>
  );
}
