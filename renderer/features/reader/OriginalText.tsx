import { memo, useState } from 'react';
import { REMOVAL_REASON_LABELS } from '../../../shared/model/CleanArticle';
import type { OriginalSegment } from './originalSegments';

const KIND_WORDS: Record<OriginalSegment['kind'], string> = {
  text: '',
  removed: 'Removed by the cleaner',
  restored: 'Restored by you',
  dropped: 'Dropped by you',
};

function regionLabel(seg: OriginalSegment): string {
  const reason = seg.reason ? REMOVAL_REASON_LABELS[seg.reason] : null;
  return reason ? `${KIND_WORDS[seg.kind]}: ${reason}` : KIND_WORDS[seg.kind];
}

/** The action a region's button performs, in words (also its accessible name). */
function actionLabel(seg: OriginalSegment): string {
  if (seg.kind === 'removed') return `Restore to clean text (${seg.reason ? REMOVAL_REASON_LABELS[seg.reason] : 'removed'})`;
  if (seg.kind === 'restored') return 'Remove again from clean text';
  return 'Put back into clean text';
}

/**
 * The original as text with its line structure. Each stretch is a span holding exactly that
 * part of the original (data-seg-*), which painting and selection rely on; region controls sit
 * outside those spans so they never shift offsets.
 */
export const OriginalText = memo(function OriginalText(props: {
  original: string;
  segments: readonly OriginalSegment[];
  collapseRemoved: boolean;
  onRegionAction: (seg: OriginalSegment) => void;
  textRef: React.Ref<HTMLPreElement>;
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (start: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(start)) next.add(start);
      return next;
    });
  return (
    <pre className="original-text" ref={props.textRef}>
      {props.segments.map((seg) => {
        const text = props.original.slice(seg.start, seg.end);
        const span = (
          <span data-seg-start={seg.start} data-seg-end={seg.end}>
            {text}
          </span>
        );
        if (seg.kind === 'text') return <span key={seg.start} data-seg-start={seg.start} data-seg-end={seg.end}>{text}</span>;
        const collapsed = seg.kind !== 'restored' && props.collapseRemoved !== expanded.has(seg.start);
        const label = regionLabel(seg);
        return (
          <span key={seg.start} className={`region region--${seg.kind}`} title={label} data-reason={seg.reason}>
            <button type="button" className="region-action" aria-label={actionLabel(seg)} title={actionLabel(seg)} onClick={() => props.onRegionAction(seg)}>
              {seg.kind === 'restored' ? '−' : '+'}
            </button>
            {seg.kind !== 'restored' && (
              <button type="button" className="region-toggle" aria-expanded={!collapsed} aria-label={`${collapsed ? 'Show' : 'Hide'} region (${label})`} onClick={() => toggle(seg.start)}>
                {collapsed ? `▸ ${label} (${text.length} characters)` : '▾'}
              </button>
            )}
            {!collapsed && span}
          </span>
        );
      })}
    </pre>
  );
});
