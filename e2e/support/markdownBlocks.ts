import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt('commonmark');

/** What a reader sees of a Markdown file: each block quote's text and each paragraph's text, in order. */
export interface RenderedBlocks {
  quotes: string[];
  paragraphs: string[];
  /** Inline syntax other than text and line breaks (a link, emphasis, HTML …) that the export let through. */
  markup: string[];
}

/**
 * Renders Markdown with markdown-it (CommonMark) and reads the visible text back from its
 * tokens, so a test can compare what the export says with what was highlighted and noted.
 */
export function renderBlocks(source: string): RenderedBlocks {
  const out: RenderedBlocks = { quotes: [], paragraphs: [], markup: [] };
  let quoteDepth = 0;
  let quote: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'blockquote_open') quoteDepth += 1;
    if (token.type === 'blockquote_close' && --quoteDepth === 0) {
      out.quotes.push(quote.join('\n'));
      quote = [];
    }
    if (token.type !== 'inline') continue;
    let text = '';
    for (const child of token.children ?? []) {
      if (child.type === 'text') text += child.content;
      else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
      else out.markup.push(child.type);
    }
    if (quoteDepth > 0) quote.push(text);
    else out.paragraphs.push(text);
  }
  return out;
}
