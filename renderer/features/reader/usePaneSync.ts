import { useCallback, useMemo, useRef } from 'react';
import { blockAtOffset, type ReaderLayout } from './readerLayout';
import { cssHighlightSink, paintOverlay } from './paint/paintHighlights';
import type { PaneLocator } from './paint/paneLocators';
import { paneLocators, type PaneRefs } from './usePaneRefs';
import { showPassage } from './syncMarker';

/**
 * Keeps the panes in step. Clicking (or scrolling to) a clean block brings its range of the
 * original into view and marks it; clicking in the original brings the clean block that holds
 * that offset into view. Programmatic scrolls are not fed back into the other direction.
 */
export function usePaneSync(refs: PaneRefs, layout: ReaderLayout) {
  const quietUntil = useRef(0);
  const frame = useRef(0);

  const toOriginal = useCallback(
    (range: { start: number; end: number }) => {
      const scroller = refs.originalScroll.current;
      const marker = refs.originalMark.current;
      const { original } = paneLocators(refs, layout);
      if (!scroller || !marker || !original) return false;
      paintOverlay('sync', range, [original], cssHighlightSink());
      return showPassage(scroller, marker, original.rangesFor(range.start, range.end));
    },
    [refs, layout],
  );

  const toCleanBlock = useCallback(
    (index: number) => {
      const scroller = refs.cleanScroll.current;
      const marker = refs.cleanMark.current;
      const el = refs.cleanBody.current?.querySelector(`[data-block-index="${index}"]`);
      if (!scroller || !marker || !el) return false;
      quietUntil.current = Date.now() + 300;
      return showPassage(scroller, marker, el);
    },
    [refs],
  );

  const fromCleanBlock = useCallback(
    (index: number) => {
      const block = layout.blocks[index];
      if (block) toOriginal(block);
    },
    [layout, toOriginal],
  );

  const fromOriginalOffset = useCallback(
    (offset: number) => {
      const index = blockAtOffset(layout.blocks, offset);
      if (index >= 0) toCleanBlock(index);
      return index;
    },
    [layout, toCleanBlock],
  );

  /** Clean pane scrolled by the user: follow with the original, once per frame. */
  const onCleanScroll = useCallback(() => {
    if (Date.now() < quietUntil.current || frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const scroller = refs.cleanScroll.current;
      const body = refs.cleanBody.current;
      if (!scroller || !body) return;
      const top = scroller.getBoundingClientRect().top;
      const first = [...body.querySelectorAll<HTMLElement>('[data-block-index]')].find((el) => el.getBoundingClientRect().bottom > top + 8);
      const block = first ? layout.blocks[Number(first.dataset.blockIndex)] : undefined;
      if (block) toOriginal(block);
    });
  }, [refs, layout, toOriginal]);

  /** Brings a highlight into view in both panes (clean first: that is where people read). */
  const showRange = useCallback(
    (range: { start: number; end: number }) => {
      const { clean } = paneLocators(refs, layout);
      const inClean = (clean as PaneLocator | null)?.rangesFor(range.start, range.end) ?? [];
      const scroller = refs.cleanScroll.current;
      const marker = refs.cleanMark.current;
      if (inClean.length && scroller && marker) {
        quietUntil.current = Date.now() + 300;
        showPassage(scroller, marker, inClean);
      }
      toOriginal(range);
    },
    [refs, layout, toOriginal],
  );

  return useMemo(() => ({ fromCleanBlock, fromOriginalOffset, onCleanScroll, showRange }), [fromCleanBlock, fromOriginalOffset, onCleanScroll, showRange]);
}
