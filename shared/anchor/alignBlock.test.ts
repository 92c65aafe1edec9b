import { describe, expect, it } from 'vitest';
import { alignBlock, cleanToOriginal, originalToClean } from './alignBlock';
import { normalizeForMatch } from './normalizeForMatch';

function aligned(original: string, format: 'html' | 'markdown' | 'text', text: string, blockRaw: string) {
  const start = original.indexOf(blockRaw);
  const al = alignBlock(text, normalizeForMatch(original, format), start, start + blockRaw.length);
  const toOriginal = (phrase: string) => {
    const at = text.indexOf(phrase);
    const r = cleanToOriginal(al, at, at + phrase.length);
    return r && original.slice(r.start, r.end);
  };
  return { al, toOriginal };
}

describe('alignBlock', () => {
  it('maps clean text through HTML markup and references', () => {
    const original = '<nav>menu</nav><p>Tom &amp; <b>Jerry</b> ran away.</p>';
    const { toOriginal } = aligned(original, 'html', 'Tom & Jerry ran away.', '<p>Tom &amp; <b>Jerry</b> ran away.</p>');
    expect(toOriginal('Jerry')).toBe('Jerry');
    expect(toOriginal('& Jerry ran')).toBe('&amp; <b>Jerry</b> ran');
  });

  it('maps re-wrapped Chinese text with its line breaks', () => {
    const original = '标题\n\n当地时间19日，同在冰岛\n首都雷克雅未克出席会议。\n';
    const { toOriginal } = aligned(original, 'text', '当地时间19日，同在冰岛首都雷克雅未克出席会议。', '当地时间19日，同在冰岛\n首都雷克雅未克出席会议。');
    expect(toOriginal('冰岛首都')).toBe('冰岛\n首都');
  });

  it('skips Markdown syntax the cleaner dropped, including a long link target', () => {
    const url = 'https://example.com/' + 'x'.repeat(120);
    const original = `## 美俄**关系**\n\nSee [the report](${url}) for details.`;
    const para = `See [the report](${url}) for details.`;
    expect(aligned(original, 'markdown', '美俄关系', '## 美俄**关系**').toOriginal('美俄关系')).toBe('美俄**关系');
    expect(aligned(original, 'markdown', 'See the report for details.', para).toOriginal('for details')).toBe('for details');
  });

  it('maps original ranges back to clean text, clipped to the block', () => {
    const original = 'intro. <p>alpha beta gamma</p> outro';
    const start = original.indexOf('<p>');
    const al = alignBlock('alpha beta gamma', normalizeForMatch(original, 'html'), start, original.indexOf(' outro'));
    const beta = original.indexOf('beta');
    expect(originalToClean(al, beta, beta + 4)).toEqual({ start: 6, end: 10 });
    expect(originalToClean(al, 0, original.indexOf('alpha') + 3)).toEqual({ start: 0, end: 3 });
    expect(originalToClean(al, 0, 5)).toBeNull();
  });

  it('leaves characters the cleaner added unpaired', () => {
    const original = 'one two';
    const al = alignBlock('• one two', normalizeForMatch(original, 'text'), 0, original.length);
    expect(cleanToOriginal(al, 0, 1)).toBeNull();
    expect(cleanToOriginal(al, 0, 5)).toEqual({ start: 0, end: 3 });
  });
});
