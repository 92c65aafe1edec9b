/** Cheap text measurements the classifier reasons with; one pass over the string. */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
const END_PUNCT = /[。！？!?.…」』”"’)）]$/u;

export interface TextStats {
  /** CJK characters (Han, kana, Hangul). */
  cjk: number;
  /** Latin/other words. */
  words: number;
  /** Comparable length: a CJK character counts as one unit, a word as two (they carry about as much). */
  units: number;
  /** Sentence punctuation marks. */
  punct: number;
  /** Ends like a sentence. */
  endsSentence: boolean;
}

/** Returns true for a CJK character. */
export const isCjk = (ch: string): boolean => CJK.test(ch);

/** Stages ask about the same block many times; a bounded cache keeps that cheap. */
const cache = new Map<string, TextStats>();

/** Measures a block's text. */
export function textStats(text: string): TextStats {
  const hit = cache.get(text);
  if (hit) return hit;
  if (cache.size > 20000) cache.clear();
  const stats = measure(text);
  cache.set(text, stats);
  return stats;
}

/** Whether a UTF-16 code unit is in CJK's ranges (all in the BMP, so no pair needs joining). */
function isCjkUnit(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Punctuation that ends or splits a sentence, in CJK and Latin scripts. */
const SENTENCE_PUNCT_UNITS = new Set([...'。！？；，、：,.!?;:…'].map((ch) => ch.charCodeAt(0)));

/** Class bits of a BMP code unit (0: not looked up yet). */
const KNOWN = 1, WORD = 2, CJK_UNIT = 4, PUNCT = 8, NFKC_STABLE = 16;
const UNIT_CLASS = new Uint8Array(0x10000);

/**
 * Whether NFKC leaves a code unit's letters and digits as they are: ASCII, Latin-1 letters, CJK
 * ideographs, kana, Hangul syllables, and CJK or general punctuation (which NFKC may turn into
 * other punctuation, dropped by `comparable` anyway). Fullwidth letters, ligatures, superscripts
 * and combining marks are not.
 */
function nfkcStable(c: number): boolean {
  return (
    c < 0xa0 || (c >= 0xc0 && c <= 0xff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
    // Kana, less the voicing marks NFKC composes (゛゜, U+3099–309C) and the ligatures it expands (ゟ ヿ).
    (c >= 0x3040 && c <= 0x30fe && !(c >= 0x3099 && c <= 0x309c) && c !== 0x309f) ||
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) ||
    (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65)
  );
}

/** The class of a BMP code unit, worked out once per unit (a regex test per character was the cleaner's hottest code). */
function unitClass(c: number): number {
  let v = UNIT_CLASS[c]!;
  if (v === 0) {
    const cjk = isCjkUnit(c);
    // WORD is \p{L}/\p{N} for every unit, CJK included (measure counts CJK units first; comparable keeps only letters).
    v = KNOWN | (cjk ? CJK_UNIT : 0) | (LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? WORD : 0);
    v |= (SENTENCE_PUNCT_UNITS.has(c) ? PUNCT : 0) | (nfkcStable(c) ? NFKC_STABLE : 0);
    UNIT_CLASS[c] = v;
  }
  return v;
}

/** A high surrogate: the first half of a character outside the BMP. */
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * One pass over the code units. It counts what `[\p{L}\p{N}][\p{L}\p{N}'’-]*` would match in
 * the text with CJK blanked out (the words), CJK units and sentence punctuation; the regex
 * version allocated two strings and an array per block and was the cleaner's hottest function.
 * textStats.test.ts checks it against that definition.
 */
function measure(text: string): TextStats {
  let cjk = 0, words = 0, punct = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let wordChar: boolean;
    if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) {
      wordChar = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      i++;
    } else {
      const v = unitClass(c);
      if (v & CJK_UNIT) {
        cjk++;
        inWord = false;
        continue;
      }
      if (v & PUNCT) punct++;
      wordChar = (v & WORD) !== 0;
    }
    if (wordChar) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (c === 0x27 || c === 0x2019 || c === 0x2d))) inWord = false;
  }
  return { cjk, words, units: cjk + words * 2, punct, endsSentence: END_PUNCT.test(text.trim()) };
}

const comparableCache = new Map<string, string>();

/**
 * The key of a text whose every unit is ASCII, CJK or NFKC-stable punctuation, built in one
 * pass; null when the text needs the general path (other scripts: their lower case can depend on
 * context, like Greek's final sigma).
 */
function simpleKey(text: string): string | null {
  let key = '';
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = unitClass(c);
    const keep = (v & WORD) !== 0;
    // Letters outside ASCII and CJK take the general path (their lower case may depend on context),
    // and so does anything NFKC would change.
    if (keep && !(c < 0x80 || v & CJK_UNIT)) return null;
    if (!(v & NFKC_STABLE)) return null;
    if (keep) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      key += text.slice(from, i);
      from = -1;
    }
  }
  if (from >= 0) key += text.slice(from);
  return key.toLowerCase();
}

/** Empties the per-text caches (cleanClipping calls it when a page is done). */
export function clearTextCaches(): void {
  cache.clear();
  comparableCache.clear();
}

/**
 * Normalizes text for comparisons: NFKC, lower case, letters and digits only. Title finding
 * and pruning compare every block with others, so each text is normalized once (bounded cache).
 */
export function comparable(text: string): string {
  const hit = comparableCache.get(text);
  if (hit !== undefined) return hit;
  if (comparableCache.size > 20000) comparableCache.clear();
  const key = simpleKey(text) ?? text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  comparableCache.set(text, key);
  return key;
}

/** Guesses the primary language tag from script counts. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  let han = 0, kana = 0, hangul = 0, latin = 0, cyrillic = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (/[A-Za-z\u00c0-\u024f]/.test(ch)) latin++;
  }
  if (kana > 20 && kana > han * 0.1) return 'ja';
  if (hangul > 20) return 'ko';
  if (han > 20 && han * 3 > latin) return 'zh';
  if (cyrillic > latin) return 'ru';
  if (latin > 0) return 'en';
  return 'und';
}
