import MarkdownIt from 'markdown-it';

/**
 * Test support (used only by *.test.ts): renders Markdown with markdown-it and returns the text a
 * reader would see, with the block structure it found. Hard breaks count as '\n'; anything that
 * is not plain text (HTML, links, code, images, emphasis) is reported so a test can fail on it.
 */
export interface RenderedMarkdown {
  /** Block token types in order, e.g. ['blockquote_open', 'paragraph_open', …]. */
  blocks: string[];
  /** Inline token types other than text and hardbreak (anything here means syntax leaked). */
  foreignInline: string[];
  /** Text of each inline run, in order. */
  texts: string[];
}

const renderers = {
  commonmark: new MarkdownIt('commonmark'),
  default: new MarkdownIt('default', { linkify: false }),
};

/** Parses Markdown and collects its visible text per inline run. */
export function renderMarkdownText(markdown: string, preset: keyof typeof renderers = 'default'): RenderedMarkdown {
  const result: RenderedMarkdown = { blocks: [], foreignInline: [], texts: [] };
  for (const token of renderers[preset].parse(markdown, {})) {
    if (token.type !== 'inline') {
      result.blocks.push(token.type);
      continue;
    }
    let text = '';
    for (const child of token.children ?? []) {
      if (child.type === 'text') text += child.content;
      else if (child.type === 'hardbreak') text += '\n';
      else result.foreignInline.push(child.type);
    }
    result.texts.push(text);
  }
  return result;
}

/** Renders Markdown to HTML (for tests that look at the final markup). */
export function renderMarkdownHtml(markdown: string): string {
  return renderers.default.render(markdown);
}

/** The visible text of each top-level block (quote or paragraph or heading), in order, tagged by kind. */
export function topLevelBlocks(markdown: string): { kind: string; text: string }[] {
  const blocks: { kind: string; text: string }[] = [];
  let depth = 0;
  let current: { kind: string; text: string } | null = null;
  for (const token of renderers.default.parse(markdown, {})) {
    if (token.nesting === 1) {
      if (depth === 0) current = { kind: token.type.replace(/_open$/u, ''), text: '' };
      depth += 1;
    } else if (token.nesting === -1) {
      depth -= 1;
      if (depth === 0 && current) blocks.push(current);
    } else if (current) {
      if (token.type === 'inline') {
        for (const child of token.children ?? []) current.text += child.type === 'hardbreak' ? '\n' : child.type === 'text' || child.type === 'code_inline' ? child.content : '';
      } else {
        current = { kind: token.type, text: token.content };
        if (depth === 0) blocks.push(current);
      }
    }
  }
  return blocks;
}
