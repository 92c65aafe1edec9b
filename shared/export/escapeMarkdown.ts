/**
 * Markdown-safe text: whatever a clipping's text holds (`#`, `>`, `---`, backticks, `|`, HTML
 * tags, `[links]`, `[[wikilinks]]`, leading `1.` or `-`, CRLF, NUL, bidi controls), the exported
 * Markdown renders back to the same text and nothing else: no heading, list, table, link, HTML,
 * math or Obsidian tag can appear. The property tests in escapeMarkdown.test.ts hold us to it.
 *
 * Two deliberate normalizations, because no CommonMark renderer can show otherwise:
 * - every line ending (CRLF, CR, LF) becomes a line break;
 * - NUL becomes U+FFFD (CommonMark replaces it with U+FFFD for safety anyway).
 */

/**
 * Characters that start inline syntax in CommonMark, GFM (tables, strikethrough) or Obsidian
 * (`#tag`, `$math$`, `==mark==`, `^block-id`). Each is ASCII punctuation, so a backslash escape
 * is always valid and renders the bare character.
 */
const INLINE_SPECIAL = /[\\`*_[\]<|~#$=^]/gu;
/** `&` only starts an entity when a name or number follows. */
const ENTITY_START = /&(?=#?[0-9A-Za-z]+;)/gu;
/** `%%` starts an Obsidian comment; a lone `%` is harmless. */
const PERCENT_PAIR = /%(?=%)|(?<=%)%/gu;
/**
 * Invisible format characters (bidi controls, zero-width, BOM) are written as numeric character
 * references: the rendered text keeps them, but they cannot reorder or hide the Markdown source.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;
/** Whitespace a renderer would strip at the edges of a line (JS `trim()` is what markdown-it uses). */
// \v and \f have no valid character reference; markdown-it keeps them raw, so they stay.
const EDGE_SPACE = /[^\S\v\f]/u;

const charRef = (char: string): string => `&#x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;

/** Escapes one line of text (no line breaks inside) so it renders as itself, wherever it stands. */
export function escapeLine(line: string): string {
  let body = line
    .replace(/\0/gu, '\ufffd')
    .replace(INLINE_SPECIAL, (char) => `\\${char}`)
    .replace(ENTITY_START, '\\&')
    .replace(PERCENT_PAIR, '\\%')
    .replace(INVISIBLE, charRef);
  // Block syntax only matters at the start of a line: quote, list bullet, ordered-list number.
  body = body.replace(/^([>+-])/u, '\\$1').replace(/^(\d+)([.)])/u, '$1\\$2');
  return protectEdges(body);
}

/** Writes leading and trailing whitespace as character references so no parser trims it away. */
function protectEdges(line: string): string {
  const chars = [...line];
  let start = 0;
  while (start < chars.length && EDGE_SPACE.test(chars[start] ?? '')) start += 1;
  let end = chars.length;
  while (end > start && EDGE_SPACE.test(chars[end - 1] ?? '')) end -= 1;
  if (start === 0 && end === chars.length) return line;
  const lead = chars.slice(0, start).map(charRef).join('');
  const trail = chars.slice(end).map(charRef).join('');
  return `${lead}${chars.slice(start, end).join('')}${trail}`;
}

/** Splits text into lines on any line ending. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}

/**
 * Escapes multi-line text into the lines of one paragraph: each line break becomes a hard break
 * (a trailing backslash). A line break at the very end is kept as a `&#xA;` reference, because
 * a hard break cannot end a paragraph. Returns [] for empty text.
 */
export function escapeParagraphLines(text: string): string[] {
  if (text === '') return [];
  const lines = splitLines(text);
  let trailingBreaks = 0;
  while (lines.length > 1 && lines[lines.length - 1] === '') {
    lines.pop();
    trailingBreaks += 1;
  }
  const escaped = lines.map(escapeLine);
  const last = escaped.length - 1;
  escaped[last] = `${escaped[last] ?? ''}${'&#xA;'.repeat(trailingBreaks)}`;
  return escaped.map((line, index) => (index < last ? `${line}\\` : line));
}

/** Plain text as a Markdown paragraph that renders as the same text ('' for empty text). */
export function escapeParagraph(text: string): string {
  return escapeParagraphLines(text).join('\n');
}

/** Plain text as a Markdown block quote holding exactly that text in one paragraph. */
export function quoteBlock(text: string): string {
  const lines = escapeParagraphLines(text);
  if (lines.length === 0) return '>';
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

/** One-line text for inline use (headings, list items, citations): line breaks become spaces. */
export function escapeInline(text: string): string {
  return escapeLine(splitLines(text).join(' '));
}
