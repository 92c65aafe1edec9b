import { describe, expect, it } from 'vitest';
import { describeRange } from './describeRange';
import { normalizeForMatch } from './normalizeForMatch';

describe('describeRange', () => {
  it('snaps to text and keeps context on both sides', () => {
    const original = '当地时间19日,同在冰岛首都雷克雅未克出席北极理事会部长级会议';
    const norm = normalizeForMatch(original, 'text');
    const start = original.indexOf('冰岛');
    const sel = describeRange(original, norm, start - 1, start + 4);
    expect(sel?.quote.exact).toBe('在冰岛首都');
    expect(sel?.quote.prefix.endsWith('同')).toBe(true);
    expect(sel?.quote.suffix.startsWith('雷克')).toBe(true);
    expect(sel?.position).toEqual({ start: start - 1, end: start + 4 });
  });

  it('drops surrounding whitespace from the quote', () => {
    const original = 'one   two   three';
    const sel = describeRange(original, normalizeForMatch(original, 'text'), 3, 11);
    expect(sel?.quote.exact).toBe('two');
    expect(sel?.position).toEqual({ start: 6, end: 9 });
  });

  it('returns null for a range of only whitespace or markup', () => {
    const original = 'a   <br/>  b';
    expect(describeRange(original, normalizeForMatch(original, 'html'), 1, 11)).toBeNull();
  });

  it('has empty context at the edges of the text', () => {
    const original = 'edge to edge';
    const sel = describeRange(original, normalizeForMatch(original, 'text'), 0, original.length);
    expect(sel?.quote).toEqual({ exact: 'edge to edge', prefix: '', suffix: '' });
  });
});
