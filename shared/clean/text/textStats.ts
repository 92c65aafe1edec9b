/** Cheap text measurements the classifier reasons with; one pass over the string. */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
/** Punctuation that ends or splits a sentence, in CJK and Latin scripts. */
const SENTENCE_PUNCT = /[。！？；，、：,.!?;:…]/gu;
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

function measure(text: string): TextStats {
  let cjk = 0;
  // By code unit: the same count as testing CJK on each character, several times faster.
  for (let i = 0; i < text.length; i++) if (isCjkUnit(text.charCodeAt(i))) cjk++;
  const latin = text.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu, ' ');
  const words = (latin.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
  const punct = (text.match(SENTENCE_PUNCT) ?? []).length;
  return { cjk, words, units: cjk + words * 2, punct, endsSentence: END_PUNCT.test(text.trim()) };
}

const comparableCache = new Map<string, string>();

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
  const key = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
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
