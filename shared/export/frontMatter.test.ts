import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontMatter, parseFrontMatter } from './frontMatter';
import { nastyText } from './testing/nastyText';

describe('frontMatter', () => {
  it('round-trips any title, tags and nulls, and never adds a key', () => {
    fc.assert(fc.property(nastyText, fc.array(nastyText, { maxLength: 4 }), fc.option(nastyText), (title, tags, author) => {
      const data = { title, author: author ?? null, tags, exported_at: '2024-06-01T00:00:00.000Z' };
      const parsed = parseFrontMatter(`${frontMatter(data)}\n# body\n`);
      expect(parsed?.data).toEqual(data);
      expect(parsed?.body).toBe('\n# body\n');
    }), { numRuns: 400 });
  });

  it('neutralizes the SECURITY.md title fixture', () => {
    const block = frontMatter({ title: 'Title\n---\nevil: true' });
    expect(block).toBe('---\ntitle: "Title\\n---\\nevil: true"\n---\n');
    expect(parseFrontMatter(block)?.data).toEqual({ title: 'Title\n---\nevil: true' });
  });

  it('keeps every line of the block a key or a list item, with bidi controls escaped', () => {
    const block = frontMatter({ title: 'a\u202eb\u2028c', tags: ['x\ny', 'z'] });
    expect(block).not.toMatch(/[\u202e\u2028]/u);
    const inner = block.split('\n').slice(1, -2);
    for (const line of inner) expect(line).toMatch(/^(?:[a-z_]+:|\s+- ")/u);
  });
});
