import search from 'approx-string-match';
import type { AnchorState } from '../model/Library';
import { lowerBound } from './binarySearch';
import type { RangeSelector } from './describeRange';
import { normalizeForMatch, type MatchFormat, type NormalizedText } from './normalizeForMatch';

/** A version's original prepared once for anchoring many selectors into it. */
export interface AnchorTarget {
  original: string;
  format: MatchFormat;
  norm: NormalizedText;
}

/** Where a selector landed, and how sure we are. Orphans keep their old position. */
export interface AnchorResult {
  state: AnchorState;
  start: number;
  end: number;
  /** 1 for exact and moved; the quote's similarity for fuzzy; 0 for orphan. */
  score: number;
}

/** Below this similarity a fuzzy candidate is not accepted (the highlight becomes an orphan). */
export const MIN_FUZZY_SCORE = 0.75;
const MAX_CANDIDATES = 500;

/** Folds a version's original for matching; do it once per version, not per highlight. */
export function prepareTarget(original: string, format: MatchFormat): AnchorTarget {
  return { original, format, norm: normalizeForMatch(original, format) };
}

/** Length of the common suffix of a and b (compared from their ends). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Scores a candidate `[a, b)` of the folded target by its context and its distance from where the
 * quote used to be. Context dominates: a moved paragraph keeps its neighbours' words.
 */
function contextScore(target: NormalizedText, a: number, b: number, prefix: string, suffix: string, hint: number): number {
  const before = target.text.slice(Math.max(0, a - prefix.length), a);
  const after = target.text.slice(b, b + suffix.length);
  const prefixScore = prefix.length ? commonSuffix(before, prefix) / prefix.length : 1;
  const suffixScore = suffix.length ? commonPrefix(after, suffix) / suffix.length : 1;
  const distance = Math.abs(a - hint) / Math.max(1, target.text.length);
  return prefixScore + suffixScore + (1 - distance) * 0.5;
}

/** True when index `i` falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1), at = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
}

/**
 * Finds a selector in a (possibly changed) original, in steps: exact (the stored position still
 * holds the quote) -> moved (the quote is found elsewhere; context and nearness pick among
 * repeats) -> fuzzy (approximate match, at least MIN_FUZZY_SCORE similar) -> orphan.
 */
export function anchorSelector(target: AnchorTarget, selector: RangeSelector, minScore = MIN_FUZZY_SCORE): AnchorResult {
  const { original, norm } = target;
  const { exact, prefix, suffix } = selector.quote;
  const { start, end } = selector.position;
  if (start >= 0 && end <= original.length && original.slice(start, end) === exact) return { state: 'exact', start, end, score: 1 };

  const quote = normalizeForMatch(exact, target.format).text;
  const orphan: AnchorResult = { state: 'orphan', start, end, score: 0 };
  if (!quote) return orphan;
  const foldedPrefix = normalizeForMatch(prefix, target.format).text;
  const foldedSuffix = normalizeForMatch(suffix, target.format).text;
  const hint = lowerBound(norm.starts, start);
  const toRaw = (a: number, b: number) => ({ start: norm.starts[a] as number, end: norm.ends[b - 1] as number });

  let best: { a: number; score: number } | null = null;
  for (let a = norm.text.indexOf(quote), n = 0; a >= 0 && n < MAX_CANDIDATES; a = norm.text.indexOf(quote, a + 1), n++) {
    // A quote that is half of a surrogate pair (broken text) must not match inside a whole character.
    if (splitsSurrogatePair(norm.text, a) || splitsSurrogatePair(norm.text, a + quote.length)) continue;
    const score = contextScore(norm, a, a + quote.length, foldedPrefix, foldedSuffix, hint);
    if (!best || score > best.score) best = { a, score };
  }
  if (best) {
    const raw = toRaw(best.a, best.a + quote.length);
    return { state: raw.start === start && raw.end === end ? 'exact' : 'moved', ...raw, score: 1 };
  }

  const maxErrors = Math.floor(quote.length * (1 - minScore));
  if (maxErrors < 1) return orphan;
  let fuzzy: { a: number; b: number; similarity: number; score: number } | null = null;
  for (const match of search(norm.text, quote, maxErrors).slice(0, MAX_CANDIDATES)) {
    const similarity = 1 - match.errors / quote.length;
    const score = similarity * 4 + contextScore(norm, match.start, match.end, foldedPrefix, foldedSuffix, hint);
    if (match.end > match.start && (!fuzzy || score > fuzzy.score)) fuzzy = { a: match.start, b: match.end, similarity, score };
  }
  if (!fuzzy || fuzzy.similarity < minScore) return orphan;
  return { state: 'fuzzy', ...toRaw(fuzzy.a, fuzzy.b), score: Math.round(fuzzy.similarity * 1000) / 1000 };
}
