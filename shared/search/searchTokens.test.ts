import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexTokens, queryTokens } from './searchTokens';

describe('indexTokens', () => {
  it('indexes Chinese as overlapping bigrams plus the run’s last character', () => {
    expect(indexTokens('美俄关系')).toEqual(['美俄', '俄关', '关系', '系']);
  });

  it('indexes other scripts as lower-cased words and folds full-width forms', () => {
    expect(indexTokens('Hello, WORLD! Ｇ７ café')).toEqual(['hello', 'world', 'g7', 'café']);
  });

  it('splits mixed runs at the script boundary', () => {
    expect(indexTokens('拜登Biden总统')).toEqual(['拜登', '登', 'biden', '总统', '统']);
  });
});

describe('queryTokens', () => {
  it('turns a Chinese phrase into its bigrams', () => {
    expect(queryTokens('美俄关系')).toEqual({ exact: ['美俄', '俄关', '关系'], prefix: [] });
  });

  it('treats a lone CJK character and the word being typed as prefixes', () => {
    expect(queryTokens('俄')).toEqual({ exact: [], prefix: ['俄'] });
    expect(queryTokens('foreign minis')).toEqual({ exact: ['foreign'], prefix: ['minis'] });
    expect(queryTokens('foreign minister ')).toEqual({ exact: ['foreign', 'minister'], prefix: [] });
  });

  // Latin words are matched from their start (word search); any substring of CJK text is found.
  it('every query token of a CJK substring is found among the text’s postings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('美', '俄', '关', '系', ' ', '，'), minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const sub = text.slice(from, to);
        const postings = indexTokens(text);
        const { exact, prefix } = queryTokens(sub);
        for (const token of exact) expect(postings).toContain(token);
        for (const token of prefix) expect(postings.some((p) => p.startsWith(token))).toBe(true);
      }),
    );
  });
});
