/**
 * A short excerpt of `text` around the match at `[start, end)`, cut at whitespace where it can
 * and marked with ellipses where it was cut. `before`/`match`/`after` let the UI emphasize the
 * match without building HTML.
 */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** Cuts a snippet of about `radius` characters each side of a match. */
export function makeSnippet(text: string, start: number, end: number, radius = 40): Snippet {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  // Prefer a word boundary for space-separated scripts; CJK text has none and is cut as is.
  const space = text.indexOf(' ', from);
  if (from > 0 && space !== -1 && space < start && start - space < radius) from = space + 1;
  const lastSpace = text.lastIndexOf(' ', to);
  if (to < text.length && lastSpace > end && to - lastSpace < radius) to = lastSpace;
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}
