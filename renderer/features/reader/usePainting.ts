import { useEffect, useLayoutEffect } from 'react';
import type { Highlight } from '../../../shared/model/Library';
import { HIGHLIGHT_COLORS } from './highlightColors';
import { cssHighlightSink, highlightName, paintHighlights, paintOverlay } from './paint/paintHighlights';
import type { PaneLocator } from './paint/paneLocators';
import { paneLocators, type PaneRefs } from './usePaneRefs';
import type { ReaderLayout } from './readerLayout';

const COLORS = HIGHLIGHT_COLORS.map((c) => c.key);

/**
 * Paints the shown highlights and the current one into both panes after each render that can
 * change them. Painting goes through the CSS Custom Highlight API: the article's DOM is untouched.
 */
export function usePainting(refs: PaneRefs, layout: ReaderLayout, shown: readonly Highlight[], current: Highlight | null, redrawKey: string) {
  useLayoutEffect(() => {
    const sink = cssHighlightSink();
    const { original, clean } = paneLocators(refs, layout);
    const locators = [original, clean].filter((l): l is PaneLocator => l !== null);
    paintHighlights(
      shown.map((h) => ({ id: h.id, color: h.color, start: h.position.start, end: h.position.end })),
      locators,
      COLORS,
      sink,
    );
    paintOverlay('current', current ? current.position : null, locators, sink);
  }, [refs, layout, shown, current, redrawKey]);

  useEffect(
    () => () => {
      const sink = cssHighlightSink();
      for (const name of [...COLORS, 'current', 'sync']) sink.delete(highlightName(name));
    },
    [],
  );
}
