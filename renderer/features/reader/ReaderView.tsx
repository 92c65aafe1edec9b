import { useMemo } from 'react';
import type { MatchFormat } from '../../../shared/anchor/normalizeForMatch';
import { useArticle, useArticleHighlights, useDocumentNote, useOverride, useSource, useVersion } from '../../db/hooks/useReaderData';
import { buildReaderLayout, foldVersion } from './readerLayout';
import { ReaderScreen } from './ReaderScreen';
import './reader.css';

/**
 * The reader for one article: loads it, builds the panes' layout (folded once per version,
 * re-laid out only when the user's corrections change), then hands over to ReaderScreen.
 */
export function ReaderView({ articleId, onClose }: { articleId: string; onClose: () => void }) {
  const article = useArticle(articleId);
  const version = useVersion(article?.currentVersionId);
  const source = useSource(article?.sourceId);
  const override = useOverride(articleId);
  const highlights = useArticleHighlights(articleId);
  const documentNote = useDocumentNote(articleId);
  const format: MatchFormat = article?.format ?? 'text';

  const norm = useMemo(() => (version ? foldVersion(version, format) : null), [version, format]);
  const layout = useMemo(() => (version && norm ? buildReaderLayout(version, format, norm, override) : null), [version, format, norm, override]);

  if (article === null || version === null) {
    return (
      <div className="reader reader--missing" role="alert">
        This article is no longer in the library. <button type="button" onClick={onClose}>Back to the library</button>
      </div>
    );
  }
  if (!article || !layout || !highlights || documentNote === undefined) {
    return <div className="reader" data-ready="reader-loading">Opening the article…</div>;
  }
  return <ReaderScreen article={article} source={source} layout={layout} highlights={highlights} documentNote={documentNote} onClose={onClose} />;
}
