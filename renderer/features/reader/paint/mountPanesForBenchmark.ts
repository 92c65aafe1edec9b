import type { ReaderLayout } from '../readerLayout';

/**
 * Builds both panes' text structure with plain DOM calls, the same markup the React panes
 * produce (segment spans with `data-seg-*`, block elements with `data-block-index`). For the
 * benchmark and for painting tests, which run without React.
 */
export function mountPanesForBenchmark(doc: Document, layout: ReaderLayout): { original: HTMLElement; clean: HTMLElement } {
  const original = doc.createElement('pre');
  for (const seg of layout.segments) {
    const span = doc.createElement('span');
    span.dataset.segStart = String(seg.start);
    span.dataset.segEnd = String(seg.end);
    span.textContent = layout.original.slice(seg.start, seg.end);
    original.append(span);
  }
  const clean = doc.createElement('article');
  layout.blocks.forEach((block, i) => {
    const el = doc.createElement(block.kind === 'heading' ? 'h2' : 'p');
    el.dataset.blockIndex = String(i);
    el.textContent = block.text;
    clean.append(el);
  });
  doc.body.append(original, clean);
  return { original, clean };
}
