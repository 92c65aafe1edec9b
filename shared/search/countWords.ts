const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Words in a text as readers count them: each CJK character is a word, other scripts count space-separated words. */
export function countWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const rest = text.replace(CJK_CHAR, ' ').match(WORD)?.length ?? 0;
  return cjk + rest;
}
