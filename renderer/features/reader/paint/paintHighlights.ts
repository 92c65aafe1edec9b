import type { PaneLocator } from './paneLocators';

/** A highlight as painting needs it: a colour and an original range of the shown version. */
export interface PaintItem {
  id: string;
  color: string;
  start: number;
  end: number;
}

/** The part of the CSS Custom Highlight API we use, so tests and the benchmark can pass a stand-in. */
export interface HighlightSink {
  set(name: string, ranges: StaticRange[]): void;
  delete(name: string): void;
}

/** Highlight names are `gleaner-<colour>`, plus `gleaner-current` and `gleaner-sync` (reader.css). */
export const highlightName = (color: string) => `gleaner-${color}`;

/**
 * The browser's highlight registry. Without the API (older engines, jsdom) painting is skipped:
 * highlights stay listed and reachable, only unpainted.
 */
export function cssHighlightSink(): HighlightSink {
  const registry = typeof CSS !== 'undefined' ? (CSS as { highlights?: HighlightRegistry }).highlights : undefined;
  if (!registry || typeof Highlight === 'undefined') return { set() {}, delete() {} };
  return {
    set: (name, ranges) => void registry.set(name, new Highlight(...ranges)),
    delete: (name) => void registry.delete(name),
  };
}

/**
 * Paints highlights in every pane at once: one registry entry per colour holding all its
 * ranges, so nothing in the article re-renders per highlight. Returns the number of ranges.
 */
export function paintHighlights(items: readonly PaintItem[], locators: readonly PaneLocator[], colors: readonly string[], sink: HighlightSink): number {
  const byColor = new Map<string, StaticRange[]>(colors.map((c) => [c, []]));
  let count = 0;
  for (const item of items) {
    const list = byColor.get(item.color);
    if (!list) continue;
    for (const locator of locators) {
      const ranges = locator.rangesFor(item.start, item.end);
      list.push(...ranges);
      count += ranges.length;
    }
  }
  for (const [color, ranges] of byColor) {
    if (ranges.length) sink.set(highlightName(color), ranges);
    else sink.delete(highlightName(color));
  }
  return count;
}

/** Paints one named overlay (the current highlight, the synced passage) over a range. */
export function paintOverlay(name: 'current' | 'sync', range: { start: number; end: number } | null, locators: readonly PaneLocator[], sink: HighlightSink): void {
  if (!range) return sink.delete(highlightName(name));
  sink.set(highlightName(name), locators.flatMap((l) => l.rangesFor(range.start, range.end)));
}
