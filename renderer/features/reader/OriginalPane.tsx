import { ErrorBoundary } from '../../components/ErrorBoundary';
import { HtmlFrame } from './HtmlFrame';
import { OriginalText } from './OriginalText';
import type { OriginalSegment } from './originalSegments';
import type { ReaderLayout } from './readerLayout';

/** The "Original" region: the clipping as it was, with the cleaner's removals shaded. */
export function OriginalPane(props: {
  layout: ReaderLayout;
  htmlView: 'rendered' | 'source';
  collapseRemoved: boolean;
  onToggleHtmlView: () => void;
  onToggleCollapse: () => void;
  onRegionAction: (seg: OriginalSegment) => void;
  onTextClick: (e: React.MouseEvent) => void;
  paneRef: React.Ref<HTMLElement>;
  scrollRef: React.Ref<HTMLDivElement>;
  textRef: React.Ref<HTMLPreElement>;
  markRef: React.Ref<HTMLDivElement>;
}) {
  const { layout } = props;
  const isHtml = layout.format === 'html';
  const rendered = isHtml && props.htmlView === 'rendered';
  return (
    <section className="reader-pane reader-pane--original" role="region" aria-label="Original" tabIndex={-1} ref={props.paneRef}>
      <div className="pane-bar">
        <span className="pane-title">Original</span>
        {isHtml && (
          <button type="button" onClick={props.onToggleHtmlView} aria-pressed={!rendered}>
            {rendered ? 'Show source text' : 'Show rendered page'}
          </button>
        )}
        {!rendered && (
          <button type="button" onClick={props.onToggleCollapse} aria-pressed={props.collapseRemoved}>
            {props.collapseRemoved ? 'Expand removed regions' : 'Collapse removed regions'}
          </button>
        )}
      </div>
      {rendered && <p className="pane-hint">Highlights and the link to the clean text show in the source text view.</p>}
      <div className="pane-scroll" ref={props.scrollRef} onClick={rendered ? undefined : props.onTextClick} data-ready="original">
        {rendered ? (
          // A page that cannot be rendered leaves the clean pane and the source text usable.
          <ErrorBoundary what="The rendered page" action={{ label: 'Show source text', run: props.onToggleHtmlView }}>
            <HtmlFrame html={layout.original} title="Original page, rendered without scripts" />
          </ErrorBoundary>
        ) : (
          <OriginalText original={layout.original} segments={layout.segments} collapseRemoved={props.collapseRemoved} onRegionAction={props.onRegionAction} textRef={props.textRef} />
        )}
        <div className="sync-mark" ref={props.markRef} data-testid="original-sync-mark" hidden />
      </div>
    </section>
  );
}
