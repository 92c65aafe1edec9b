import { CharClass, classify } from './searchTokens';

/**
 * Words in a text as readers count them: each CJK character is a word, other scripts count
 * runs of letters, digits and marks. One pass with the tokenizer's character classes: the
 * library counts every imported article's words on the page's thread.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = classify(width === 1 ? text[i]! : text.slice(i, i + 2), code);
    if (kind === CharClass.Cjk) {
      words++;
      inWord = false;
    } else if (kind === CharClass.Word) {
      if (!inWord) words++;
      inWord = true;
    } else inWord = false;
    i += width;
  }
  return words;
}
