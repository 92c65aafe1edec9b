import { describe, expect, it } from 'vitest';
import { foldForMatch, normalizeForMatch } from './normalizeForMatch';

describe('normalizeForMatch', () => {
  it('folds full-width letters, digits and punctuation to their half-width forms', () => {
    expect(foldForMatch('ＡＢＣ１２３，！？：；（）')).toBe('ABC123,!?:;()');
  });

  it('folds Chinese and curly punctuation that NFKC leaves alone', () => {
    expect(foldForMatch('“你好”，他说。「再见」')).toBe('"你好",他说."再见"');
    expect(foldForMatch('‘quoted’ — dash')).toBe("'quoted'-dash");
  });

  it('drops whitespace of every kind, so re-wrapped Chinese still matches', () => {
    expect(foldForMatch('美俄\n关系\u3000现 转机')).toBe('美俄关系现转机');
    expect(foldForMatch('a\u00a0b\tc\u200bd')).toBe('abcd');
  });

  it('maps each folded character back to its raw range', () => {
    const n = normalizeForMatch('  ＡB\n中', 'text');
    expect(n.text).toBe('AB中');
    expect(Array.from(n.starts)).toEqual([2, 3, 5]);
    expect(Array.from(n.ends)).toEqual([3, 4, 6]);
  });

  it('keeps astral characters whole', () => {
    const n = normalizeForMatch('a😀b', 'text');
    expect(n.text).toBe('a😀b');
    expect(Array.from(n.starts)).toEqual([0, 1, 1, 3]);
    expect(Array.from(n.ends)).toEqual([1, 3, 3, 4]);
  });

  it('skips HTML markup, comments and script bodies and decodes references', () => {
    const raw = '<p class="x">Tom &amp; <b>Jerry</b><!-- c --><script>var a="<b>";</script>&#x4e2d;&nbsp;&bogus;</p>';
    const n = normalizeForMatch(raw, 'html');
    expect(n.text).toBe('Tom&Jerry中&bogus;');
    const amp = n.text.indexOf('&');
    expect(raw.slice(n.starts[amp], n.ends[amp])).toBe('&amp;');
    const zhong = n.text.indexOf('中');
    expect(raw.slice(n.starts[zhong], n.ends[zhong])).toBe('&#x4e2d;');
  });

  it('treats a lone < in HTML as text', () => {
    expect(foldForMatch('1 < 2 and 3 <4', 'html')).toBe('1<2and3<4');
  });

  it('reads markup literally in text and Markdown', () => {
    expect(foldForMatch('<b>x</b> &amp;', 'markdown')).toBe('<b>x</b>&amp;');
  });

  it('honours a sub-range', () => {
    const n = normalizeForMatch('abc def', 'text', 2, 6);
    expect(n.text).toBe('cde');
    expect(n.starts[0]).toBe(2);
  });
});
