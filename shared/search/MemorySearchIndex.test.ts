import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemorySearchIndex, intersectSorted } from './MemorySearchIndex';
import { normalizeForSearch } from './normalizeForSearch';

const ids = (index: MemorySearchIndex, query: string, limit = 100) => index.search(query, limit).map((h) => h.articleId);

function indexOf(texts: Record<string, string>): MemorySearchIndex {
  const index = new MemorySearchIndex();
  let rev = 1;
  for (const [id, text] of Object.entries(texts)) index.put(id, rev++, normalizeForSearch(text));
  return index;
}

describe('MemorySearchIndex', () => {
  it('matches a Chinese phrase, not its characters scattered across an article', () => {
    const index = indexOf({ together: '美俄关系进入新阶段', scattered: '俄方表示，美国与关系国' });
    expect(ids(index, '美俄关系')).toEqual(['together']);
    expect(index.search('俄关系', 10)[0]!.snippet).toEqual({ before: '美', match: '俄关系', after: '进入新阶段' });
  });

  it('finds a lone CJK character and the prefix of the word being typed', () => {
    const index = indexOf({ a: '日内瓦会谈', b: 'The foreign minister spoke', c: 'A foreigner' });
    expect(ids(index, '瓦')).toEqual(['a']);
    expect(ids(index, 'foreign minis')).toEqual(['b']);
    expect(ids(index, 'forei').sort()).toEqual(['b', 'c']);
    expect(ids(index, 'Foreign Minister')).toEqual(['b']);
  });

  it('replaces an article’s text when it is put again, and forgets a removed article', () => {
    const index = indexOf({ a: '日内瓦会谈', b: '日内瓦湖' });
    index.put('a', 9, normalizeForSearch('维也纳会谈'));
    expect(ids(index, '日内瓦')).toEqual(['b']);
    expect(ids(index, '维也纳')).toEqual(['a']);
    expect(index.revisionOf('a')).toBe(9);
    index.remove('b');
    expect(ids(index, '日内瓦')).toEqual([]);
    expect(index.size).toBe(1);
    expect(index.revisionOf('b')).toBeUndefined();
  });

  it('stops at the limit', () => {
    const index = indexOf(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`a${i}`, `第${i}篇 会谈纪要`])));
    expect(ids(index, '会谈', 7)).toHaveLength(7);
  });

  it('answers nothing for an empty or punctuation-only query', () => {
    const index = indexOf({ a: '会谈，结束。' });
    expect(ids(index, '   ')).toEqual([]);
    expect(ids(index, '，。')).toEqual([]);
  });

  // The index must answer exactly what checking every text would, through any mix of puts and
  // removals (sweeps included): CJK text is searched by substring, so the two must agree.
  it('agrees with checking every text, through puts, replacements and removals', () => {
    const op = fc.oneof(
      fc.record({ put: fc.integer({ min: 0, max: 40 }), text: fc.string({ unit: fc.constantFrom('美', '俄', '关', '系', '会', ' '), maxLength: 12 }) }),
      fc.record({ remove: fc.integer({ min: 0, max: 40 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), fc.string({ unit: fc.constantFrom('美', '俄', '关', '系', '会'), minLength: 1, maxLength: 3 }), (ops, query) => {
        const index = new MemorySearchIndex();
        const truth = new Map<string, string>();
        ops.forEach((o, rev) => {
          if ('put' in o) {
            index.put(`a${o.put}`, rev, normalizeForSearch(o.text));
            truth.set(`a${o.put}`, normalizeForSearch(o.text));
          } else {
            index.remove(`a${o.remove}`);
            truth.delete(`a${o.remove}`);
          }
        });
        const expected = [...truth].filter(([, text]) => text.includes(query)).map(([id]) => id).sort();
        expect(ids(index, query, 1000).sort()).toEqual(expected);
        expect(index.size).toBe(truth.size);
      }),
      { numRuns: 300 },
    );
  });

  it('sweeps dead numbers once they are many, and still answers right', () => {
    const index = new MemorySearchIndex();
    for (let i = 0; i < 3000; i++) index.put(`a${i % 1200}`, i, normalizeForSearch(`第${i}号 会谈`));
    expect(index.size).toBe(1200);
    expect(ids(index, '会谈', 5000)).toHaveLength(1200);
    expect(ids(index, '第2999号')).toEqual(['a599']);
  });
});

describe('intersectSorted', () => {
  it('agrees with a set intersection, by merge and by binary steps', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(500)), fc.uniqueArray(fc.nat(500), { maxLength: 5 }), (a, b) => {
        const [x, y] = [a.sort((p, q) => p - q), b.sort((p, q) => p - q)];
        const expected = x.filter((n) => y.includes(n));
        expect(intersectSorted(x, y)).toEqual(expected);
        expect(intersectSorted(y, x)).toEqual(expected);
      }),
    );
  });
});
