import { decodeEntityAt } from './htmlEntities';

/** How to read a raw string: HTML sources skip markup and decode character references. */
export type MatchFormat = 'html' | 'markdown' | 'text';

/**
 * A string folded for matching, with where each folded code unit came from in the raw string.
 * `starts[i]`/`ends[i]` are the raw `[start, end)` of the source character of `text[i]`.
 */
export interface NormalizedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

// Punctuation that NFKC leaves alone but that clippings swap freely (full/half width, curly/straight).
const PUNCTUATION_FOLD: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u301d': '"', '\u301e': '"', '\u300c': '"', '\u300d': '"',
  '\u300e': '"', '\u300f': '"', '\u00ab': '"', '\u00bb': '"', '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'",
  '\u2014': '-', '\u2013': '-', '\u2015': '-', '\u2012': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u3002': '.', '\u3001': ',', '\u00b7': '\u30fb', '\u2022': '\u30fb', '\u3010': '[', '\u3011': ']',
};

// Invisible characters that come and go between copies of the same text.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const WHITESPACE = /\s/;
const SKIP_CONTENT = /^<(script|style)\b/i;

/** Folds one character (a code point as a string) to its matching form; '' when it does not count. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast paths: ASCII and CJK ideographs are already in NFKC form.
  if (code < 0x80) return code <= 0x20 || code === 0x7f ? '' : ch;
  if (code >= 0x4e00 && code <= 0x9fff) return ch;
  if (WHITESPACE.test(ch) || INVISIBLE.test(ch)) return '';
  let out = '';
  for (const c of ch.normalize('NFKC')) {
    if (WHITESPACE.test(c)) continue;
    out += PUNCTUATION_FOLD[c] ?? c;
  }
  return out;
}

/** Where the markup construct starting at `i` ends (exclusive), or -1 when `<` there is just text. */
function markupEnd(raw: string, i: number): number {
  const next = raw.charCodeAt(i + 1);
  const isTagStart = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63;
  if (!isTagStart) return -1;
  if (raw.startsWith('<!--', i)) {
    const close = raw.indexOf('-->', i + 4);
    return close < 0 ? raw.length : close + 3;
  }
  const close = raw.indexOf('>', i + 1);
  if (close < 0) return -1;
  // Script and style bodies are code, not text: skip through their closing tag.
  const tag = SKIP_CONTENT.exec(raw.slice(i, Math.min(close + 1, i + 10)));
  if (tag) {
    const end = raw.toLowerCase().indexOf(`</${(tag[1] ?? '').toLowerCase()}`, close);
    if (end < 0) return raw.length;
    const endClose = raw.indexOf('>', end);
    return endClose < 0 ? raw.length : endClose + 1;
  }
  return close + 1;
}

/**
 * Folds `raw[from, to)` for matching: NFKC, full/half-width and curly punctuation folded, all
 * whitespace and invisible characters dropped (Chinese text gains and loses line breaks between
 * any two characters), and for HTML the markup skipped and references decoded.
 */
export function normalizeForMatch(raw: string, format: MatchFormat, from = 0, to = raw.length): NormalizedText {
  // Typed arrays grown on demand and one code-unit buffer: this runs over whole 200 KB originals.
  let starts = new Int32Array(Math.max(16, to - from));
  let ends = new Int32Array(starts.length);
  let units = new Uint16Array(starts.length);
  let n = 0;
  const pushUnit = (unit: number, start: number, end: number) => {
    if (n === units.length) {
      const grow = <T extends Int32Array | Uint16Array>(a: T): T => {
        const b = new (a.constructor as new (size: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
      units = grow(units);
    }
    units[n] = unit;
    starts[n] = start;
    ends[n] = end;
    n++;
  };
  const push = (folded: string, start: number, end: number) => {
    for (let k = 0; k < folded.length; k++) pushUnit(folded.charCodeAt(k), start, end);
  };
  const html = format === 'html';
  let i = from;
  while (i < to) {
    const code = raw.charCodeAt(i);
    // Fast paths first: printable ASCII and CJK ideographs fold to themselves.
    if ((code > 0x20 && code < 0x7f && !(html && (code === 60 || code === 38))) || (code >= 0x4e00 && code <= 0x9fff)) {
      pushUnit(code, i, i + 1);
      i++;
      continue;
    }
    if (html && code === 60 /* < */) {
      const end = markupEnd(raw, i);
      if (end > 0) {
        i = Math.min(end, to);
        continue;
      }
    }
    if (html && code === 38 /* & */) {
      const ref = decodeEntityAt(raw, i);
      if (ref && i + ref.length <= to) {
        push(foldChar(ref.text), i, i + ref.length);
        i += ref.length;
        continue;
      }
    }
    const next = i + 1 < to ? raw.charCodeAt(i + 1) : 0;
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    push(foldChar(raw.slice(i, i + width)), i, i + width);
    i += width;
  }
  let text = '';
  for (let k = 0; k < n; k += 8192) text += String.fromCharCode(...units.subarray(k, Math.min(n, k + 8192)));
  return { text, starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

/** Just the folded text, for comparing two strings. */
export function foldForMatch(raw: string, format: MatchFormat = 'text'): string {
  return normalizeForMatch(raw, format).text;
}
