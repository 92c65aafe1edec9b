import { lowerBound, upperBound } from './binarySearch';
import { normalizeForMatch, type NormalizedText } from './normalizeForMatch';

/**
 * How one clean block's text lines up with its range of the original: pairs of matched
 * characters, increasing on both sides. Characters the cleaner added or changed stay unpaired,
 * and ranges snap to the nearest paired characters.
 */
export interface BlockAlignment {
  /** Clean-text `[start, end)` of each paired character, within the block's text. */
  cleanStarts: Int32Array;
  cleanEnds: Int32Array;
  /** Original `[start, end)` of each paired character. */
  origStarts: Int32Array;
  origEnds: Int32Array;
}

// How far ahead a lone character may be looked for; longer skips need a 4-character anchor.
const CHAR_WINDOW = 48;
const GRAM = 4;

/**
 * Aligns a clean block's text with `original[start, end)`, greedily left to right. Markup,
 * Markdown syntax and whitespace that the cleaner dropped are skipped over. `target` is the
 * folded whole original (normalizeForMatch(original, format)).
 */
export function alignBlock(text: string, target: NormalizedText, start: number, end: number): BlockAlignment {
  const clean = normalizeForMatch(text, 'text');
  const to = lowerBound(target.starts, end);
  let j = lowerBound(target.starts, start);
  const pairs: number[] = [];
  for (let i = 0; i < clean.text.length && j < to; i++) {
    const ch = clean.text[i] as string;
    let k = -1;
    if (target.text[j] === ch) k = j;
    else {
      const gram = clean.text.slice(i, i + GRAM);
      const found = gram.length === GRAM ? target.text.indexOf(gram, j) : -1;
      if (found >= 0 && found < to) k = found;
      else {
        const window = target.text.slice(j, Math.min(to, j + CHAR_WINDOW)).indexOf(ch);
        if (window >= 0) k = j + window;
      }
    }
    if (k < 0) continue;
    pairs.push(i, k);
    j = k + 1;
  }
  const n = pairs.length / 2;
  const out: BlockAlignment = { cleanStarts: new Int32Array(n), cleanEnds: new Int32Array(n), origStarts: new Int32Array(n), origEnds: new Int32Array(n) };
  for (let p = 0; p < n; p++) {
    const i = pairs[2 * p] as number;
    const k = pairs[2 * p + 1] as number;
    out.cleanStarts[p] = clean.starts[i] as number;
    out.cleanEnds[p] = clean.ends[i] as number;
    out.origStarts[p] = target.starts[k] as number;
    out.origEnds[p] = target.ends[k] as number;
  }
  return out;
}

/** Maps a clean-text range of the block to the original; null when no paired character is inside. */
export function cleanToOriginal(al: BlockAlignment, start: number, end: number): { start: number; end: number } | null {
  const first = lowerBound(al.cleanStarts, start);
  const last = upperBound(al.cleanEnds, end) - 1;
  if (first > last) return null;
  return { start: al.origStarts[first] as number, end: al.origEnds[last] as number };
}

/** Maps an original range to the block's clean text, clipped to the block; null when they do not meet. */
export function originalToClean(al: BlockAlignment, start: number, end: number): { start: number; end: number } | null {
  const first = lowerBound(al.origStarts, start);
  const last = upperBound(al.origEnds, end) - 1;
  if (first > last) return null;
  return { start: al.cleanStarts[first] as number, end: al.cleanEnds[last] as number };
}
