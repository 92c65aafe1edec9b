import { originalToClean, type BlockAlignment } from '../../../../shared/anchor/alignBlock';
import type { ViewBlock } from '../../../../shared/anchor/buildViewBlocks';

/** Turns original-coordinate ranges into DOM ranges of one pane. */
export interface PaneLocator {
  /** Ranges covering original `[start, end)` in this pane; empty when the pane does not show it. */
  rangesFor(start: number, end: number): StaticRange[];
}

interface Piece {
  start: number;
  end: number;
  node: Text;
}

function staticRange(node: Text, startOffset: number, endOffset: number): StaticRange {
  const View = node.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Ctor = View?.StaticRange ?? StaticRange;
  return new Ctor({ startContainer: node, startOffset, endContainer: node, endOffset });
}

/** The first item whose end lies after `offset` (items sorted by position). */
function firstAfter(items: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { end: number }).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The Original pane's text view: spans marked `data-seg-start`/`data-seg-end`, each holding the
 * original's text for that stretch as one text node (collapsed regions hold none and are skipped).
 */
export function originalLocator(root: ParentNode): PaneLocator {
  const pieces: Piece[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('[data-seg-start]')) {
    const node = el.firstChild;
    if (node && node.nodeType === 3) pieces.push({ start: Number(el.dataset.segStart), end: Number(el.dataset.segEnd), node: node as Text });
  }
  return {
    rangesFor(start, end) {
      const out: StaticRange[] = [];
      for (let i = firstAfter(pieces, start); i < pieces.length && (pieces[i] as Piece).start < end; i++) {
        const p = pieces[i] as Piece;
        out.push(staticRange(p.node, Math.max(start, p.start) - p.start, Math.min(end, p.end) - p.start));
      }
      return out;
    },
  };
}

/**
 * The Clean pane: elements marked `data-block-index`, each holding its block's text as one text
 * node. Original ranges are projected through each block's alignment.
 */
export function cleanLocator(root: ParentNode, blocks: readonly ViewBlock[], alignments: readonly BlockAlignment[]): PaneLocator {
  const nodes: (Text | null)[] = blocks.map(() => null);
  for (const el of root.querySelectorAll<HTMLElement>('[data-block-index]')) {
    const node = el.firstChild;
    if (node && node.nodeType === 3) nodes[Number(el.dataset.blockIndex)] = node as Text;
  }
  return {
    rangesFor(start, end) {
      const out: StaticRange[] = [];
      for (let i = firstAfter(blocks, start); i < blocks.length && (blocks[i] as ViewBlock).start < end; i++) {
        const node = nodes[i];
        const al = alignments[i];
        const clean = node && al ? originalToClean(al, start, end) : null;
        if (node && clean && clean.end > clean.start) out.push(staticRange(node, clean.start, Math.min(clean.end, node.length)));
      }
      return out;
    },
  };
}
