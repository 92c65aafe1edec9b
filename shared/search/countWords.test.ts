import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords } from './countWords';
import { makeSnippet } from './makeSnippet';

describe('countWords', () => {
  it('counts each CJK character and each other word', () => {
    expect(countWords('美俄关系 improves, slowly.')).toBe(6);
    expect(countWords('')).toBe(0);
  });

  // The plain definition, two regexes over the text, is the oracle for the one-pass count.
  it('agrees with counting CJK characters and then the other words by regex', () => {
    const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
    const WORD = /[\p{L}\p{N}\p{M}]+/gu;
    const byRegex = (text: string) => (text.match(CJK_CHAR)?.length ?? 0) + (text.replace(CJK_CHAR, ' ').match(WORD)?.length ?? 0);
    const unit = fc.constantFrom('美', '俄', 'の', '한', 'a', 'É', '7', '\u0301', ' ', ',', '-', '𠀀', '😀', '\n');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      expect(countWords(text)).toBe(byRegex(text));
    }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      expect(countWords(text)).toBe(byRegex(text));
    }));
  });
});

describe('makeSnippet', () => {
  it('keeps the match and marks cuts with ellipses', () => {
    const text = 'a'.repeat(100) + 'MATCH' + 'b'.repeat(100);
    const snippet = makeSnippet(text, 100, 105, 10);
    expect(snippet).toEqual({ before: '…' + 'a'.repeat(10), match: 'MATCH', after: 'b'.repeat(10) + '…' });
  });

  it('does not add ellipses when the text is short', () => {
    expect(makeSnippet('one two three', 4, 7)).toEqual({ before: 'one ', match: 'two', after: ' three' });
  });
});
