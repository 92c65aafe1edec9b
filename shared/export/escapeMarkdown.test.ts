import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInline, escapeParagraph, quoteBlock } from './escapeMarkdown';
import { renderMarkdownHtml, renderMarkdownText } from './testing/markdownText';
import { nastyText, shown } from './testing/nastyText';

describe('quoteBlock', () => {
  it('renders as one block quote holding exactly the text, in CommonMark and markdown-it default', () => {
    fc.assert(fc.property(nastyText, (text) => {
      for (const preset of ['commonmark', 'default'] as const) {
        const rendered = renderMarkdownText(quoteBlock(text), preset);
        const paragraph = text === '' ? [] : ['paragraph_open', 'paragraph_close'];
        expect(rendered.blocks).toEqual(['blockquote_open', ...paragraph, 'blockquote_close']);
        expect(rendered.foreignInline).toEqual([]);
        expect(rendered.texts.join('')).toBe(shown(text));
      }
    }), { numRuns: 500 });
  });

  it('keeps the SECURITY.md export fixtures as text', () => {
    const fixture = '---\n# h\n> q\n<script>x</script>\n</details>\n| a | b |\n|---|---|\n``` js\n[[x]]\n<!--\r\nNUL\0 \u202eevil';
    const html = renderMarkdownHtml(quoteBlock(fixture));
    expect(html).not.toMatch(/<(script|h1|hr|table|code|a|details)\b/u);
    expect(renderMarkdownText(quoteBlock(fixture)).texts.join('')).toBe(shown(fixture));
  });

  it('reads naturally for ordinary text', () => {
    expect(quoteBlock('第一段。\n第二段 (2021).')).toBe('> 第一段。\\\n> 第二段 (2021).');
  });
});

describe('escapeParagraph and escapeInline', () => {
  it('render as one paragraph with the same text', () => {
    fc.assert(fc.property(nastyText.filter((text) => text !== ''), (text) => {
      const rendered = renderMarkdownText(escapeParagraph(text));
      expect(rendered.blocks).toEqual(['paragraph_open', 'paragraph_close']);
      expect(rendered.foreignInline).toEqual([]);
      expect(rendered.texts.join('')).toBe(shown(text));
    }), { numRuns: 300 });
  });

  it('keeps inline text on one line and as itself', () => {
    fc.assert(fc.property(nastyText.filter((text) => text !== ''), (text) => {
      const escaped = escapeInline(text);
      expect(escaped).not.toMatch(/[\r\n]/u);
      const rendered = renderMarkdownText(`## ${escaped}`);
      expect(rendered.foreignInline).toEqual([]);
      // A heading's content is trimmed by the renderer, so edges are compared as references would give.
      expect(rendered.texts.join('')).toBe(shown(text).replace(/\n/gu, ' '));
    }), { numRuns: 300 });
  });
});
