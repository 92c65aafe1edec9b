import { cleanToOriginal } from '../../../shared/anchor/alignBlock';
import type { ReaderLayout } from './readerLayout';

/** Which pane a range lies in and where it points in the original. */
export interface OriginalRange {
  pane: 'original' | 'clean';
  start: number;
  end: number;
}

/** Characters of `el`'s text before the point (container, offset). */
function textOffsetIn(el: Element, container: Node, offset: number): number {
  const r = el.ownerDocument.createRange();
  r.selectNodeContents(el);
  r.setEnd(container, offset);
  return r.toString().length;
}

/** The first and last of `elements` that the range touches. */
function touched(range: Range, elements: Iterable<HTMLElement>): [HTMLElement, HTMLElement] | null {
  let first: HTMLElement | null = null;
  let last: HTMLElement | null = null;
  for (const el of elements) {
    if (!range.intersectsNode(el)) continue;
    first ??= el;
    last = el;
  }
  return first && last ? [first, last] : null;
}

/**
 * Maps a DOM range in either pane to original offsets of the shown version, or null when the
 * range is empty, spans both panes, or covers no text. Endpoints outside a text element (between
 * blocks, on a control) snap to the nearest text the range touches.
 */
export function selectionToOriginal(range: Range, originalRoot: HTMLElement | null, cleanRoot: HTMLElement | null, layout: ReaderLayout): OriginalRange | null {
  if (range.collapsed) return null;
  const common = range.commonAncestorContainer;
  if (originalRoot?.contains(common)) {
    const ends = touched(range, originalRoot.querySelectorAll<HTMLElement>('[data-seg-start]'));
    if (!ends) return null;
    const [a, b] = ends;
    const start = Number(a.dataset.segStart) + (a.contains(range.startContainer) ? textOffsetIn(a, range.startContainer, range.startOffset) : 0);
    const end = b.contains(range.endContainer) ? Number(b.dataset.segStart) + textOffsetIn(b, range.endContainer, range.endOffset) : Number(b.dataset.segEnd);
    return end > start ? { pane: 'original', start, end } : null;
  }
  if (cleanRoot?.contains(common)) {
    const ends = touched(range, cleanRoot.querySelectorAll<HTMLElement>('[data-block-index]'));
    if (!ends) return null;
    const [a, b] = ends;
    const ia = Number(a.dataset.blockIndex);
    const ib = Number(b.dataset.blockIndex);
    const blockA = layout.blocks[ia];
    const blockB = layout.blocks[ib];
    const alA = layout.alignments[ia];
    const alB = layout.alignments[ib];
    if (!blockA || !blockB || !alA || !alB) return null;
    const cs = a.contains(range.startContainer) ? textOffsetIn(a, range.startContainer, range.startOffset) : 0;
    const ce = b.contains(range.endContainer) ? textOffsetIn(b, range.endContainer, range.endOffset) : blockB.text.length;
    const start = cleanToOriginal(alA, cs, blockA.text.length)?.start;
    const end = cleanToOriginal(alB, 0, ce)?.end;
    return start !== undefined && end !== undefined && end > start ? { pane: 'clean', start, end } : null;
  }
  return null;
}

/** The original offset under a caret point in the Original pane's text view, or null. */
export function originalOffsetAt(node: Node, offset: number): number | null {
  const el = (node.nodeType === 3 ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-seg-start]');
  if (!el) return null;
  return Number(el.dataset.segStart) + textOffsetIn(el, node, offset);
}
