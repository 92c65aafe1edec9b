import type { TextPositionSelector, TextQuoteSelector } from '../model/Library';
import { lowerBound, upperBound } from './binarySearch';
import type { NormalizedText } from './normalizeForMatch';

/** A stored anchor: the quote with its context, and where it was in its version's original. */
export interface RangeSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How much context (in folded characters) a selector keeps on each side of the quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Describes `original[start, end)` as selectors. The range is first snapped to the characters
 * that count for matching (leading/trailing whitespace and markup are dropped), so a quote
 * always begins and ends on text. Null when the range holds no such character.
 * `norm` must be `normalizeForMatch(original, format)` of the same string.
 */
export function describeRange(original: string, norm: NormalizedText, start: number, end: number): RangeSelector | null {
  const first = lowerBound(norm.starts, start);
  const last = upperBound(norm.ends, end) - 1;
  if (first > last || first >= norm.text.length) return null;
  const snappedStart = norm.starts[first] as number;
  const snappedEnd = norm.ends[last] as number;
  const prefixFrom = norm.starts[Math.max(0, first - CONTEXT_LENGTH)] as number;
  const suffixTo = norm.ends[Math.min(norm.text.length - 1, last + CONTEXT_LENGTH)] as number;
  return {
    quote: {
      exact: original.slice(snappedStart, snappedEnd),
      prefix: first === 0 ? '' : original.slice(prefixFrom, snappedStart),
      suffix: last === norm.text.length - 1 ? '' : original.slice(snappedEnd, suffixTo),
    },
    position: { start: snappedStart, end: snappedEnd },
  };
}
