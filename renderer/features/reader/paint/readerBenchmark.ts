import { describeRange } from '../../../../shared/anchor/describeRange';
import type { MatchFormat } from '../../../../shared/anchor/normalizeForMatch';
import type { ArticleVersion, Highlight } from '../../../../shared/model/Library';
import { reanchorHighlightRows } from '../../../db/repositories/reanchorHighlightRows';
import { buildReaderLayout, foldVersion } from '../readerLayout';
import { mountPanesForBenchmark } from './mountPanesForBenchmark';
import { paintHighlights, type HighlightSink } from './paintHighlights';
import { cleanLocator, originalLocator } from './paneLocators';

/** `count` highlights spread evenly over a version's clean blocks, as a reader would make them. */
export function sampleHighlights(version: ArticleVersion, format: MatchFormat, count: number): Highlight[] {
  const norm = foldVersion(version, format);
  const out: Highlight[] = [];
  const blocks = version.blocks.length ? version.blocks : [{ start: 0, end: version.original.length }];
  for (let i = 0; i < count; i++) {
    const b = blocks[i % blocks.length]!;
    const span = b.end - b.start;
    const start = b.start + Math.floor((span * ((i * 7) % 10)) / 20);
    const selector = describeRange(version.original, norm, start, Math.min(b.end, start + 24));
    if (!selector) continue;
    out.push({ id: `h${i}`, articleId: version.articleId, versionId: version.id, ...selector, anchor: 'exact', color: ['yellow', 'green', 'blue', 'pink', 'purple'][i % 5]!, credibility: null, note: '', tags: [], createdAt: i, updatedAt: i, deletedAt: null });
  }
  return out;
}

/**
 * Times what opening an article costs in the reader, without React: layout (fold + align), both
 * panes' text structure in `doc`, and painting every highlight. Milliseconds per stage.
 */
export function timeReaderOpen(doc: Document, version: ArticleVersion, format: MatchFormat, highlights: readonly Highlight[], sink?: HighlightSink) {
  const t0 = performance.now();
  const layout = buildReaderLayout(version, format, foldVersion(version, format), null);
  const t1 = performance.now();
  const { original, clean } = mountPanesForBenchmark(doc, layout);
  const t2 = performance.now();
  const ranges = paintHighlights(
    highlights.map((h) => ({ id: h.id, color: h.color, start: h.position.start, end: h.position.end })),
    [originalLocator(original), cleanLocator(clean, layout.blocks, layout.alignments)],
    ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'],
    sink ?? { set() {}, delete() {} },
  );
  const t3 = performance.now();
  original.remove();
  clean.remove();
  return { layoutMs: t1 - t0, mountMs: t2 - t1, paintMs: t3 - t2, totalMs: t3 - t0, ranges };
}

/** Times re-anchoring highlights made on `from` into the edited version `to`; counts each outcome. */
export function timeReanchor(highlights: readonly Highlight[], to: ArticleVersion, format: MatchFormat) {
  const t0 = performance.now();
  const moved = reanchorHighlightRows(highlights, to, format, Date.now());
  const ms = performance.now() - t0;
  const states: Record<string, number> = {};
  for (const h of moved) states[h.anchor] = (states[h.anchor] ?? 0) + 1;
  return { ms, states };
}
