import type { Article, Source } from '../../../shared/model/Library';
import { CleanBody } from './CleanBody';
import { CleanHeader } from './CleanHeader';
import type { ReaderLayout } from './readerLayout';

/** The "Clean" region: header and the clean body, with a marker for the passage in step with the original. */
export function CleanPane(props: {
  article: Article;
  source: Source | null;
  layout: ReaderLayout;
  onBlockClick: (e: React.MouseEvent) => void;
  onScroll: () => void;
  paneRef: React.Ref<HTMLElement>;
  scrollRef: React.Ref<HTMLDivElement>;
  bodyRef: React.Ref<HTMLDivElement>;
  markRef: React.Ref<HTMLDivElement>;
}) {
  return (
    <section className="reader-pane reader-pane--clean" role="region" aria-label="Clean" tabIndex={-1} ref={props.paneRef} lang={props.article.language !== 'und' ? props.article.language : undefined}>
      <div className="pane-scroll" ref={props.scrollRef} onClick={props.onBlockClick} onScroll={props.onScroll} data-ready="clean">
        <div className="clean-column">
          <CleanHeader article={props.article} source={props.source} />
          <CleanBody blocks={props.layout.blocks} bodyRef={props.bodyRef} />
        </div>
        <div className="sync-mark" ref={props.markRef} data-testid="clean-sync-mark" hidden />
      </div>
    </section>
  );
}
