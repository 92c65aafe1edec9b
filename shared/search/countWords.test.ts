import { describe, expect, it } from 'vitest';
import { countWords } from './countWords';
import { makeSnippet } from './makeSnippet';

describe('countWords', () => {
  it('counts each CJK character and each other word', () => {
    expect(countWords('美俄关系 improves, slowly.')).toBe(6);
    expect(countWords('')).toBe(0);
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
