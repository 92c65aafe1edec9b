import type { BlockKind, RemovalReason } from '../model/CleanArticle';

/**
 * One candidate block of a clipping, whatever its format: a line of a text dump, a paragraph
 * of Markdown, a block element of HTML. Every later stage works on segments, so the same
 * evidence rules serve all three formats.
 */
export interface Segment {
  /** Whitespace-normalized text. */
  text: string;
  /** `[start, end)` in the decoded original. */
  start: number;
  end: number;
  kind: BlockKind;
  level?: number;
  /** Characters of `text` inside links (HTML and Markdown). */
  linkChars: number;
  /** Layout evidence from the source structure, roughly -1 (chrome) … +1 (article container). */
  prior: number;
  /** The boilerplate kind the structure suggests (e.g. inside `<nav>`), when prior < 0. */
  priorReason?: RemovalReason;
  /** Set when a rule identified the segment as boilerplate. */
  reason?: RemovalReason;
  /** Set when a rule marks the start of a boilerplate section (related list, comments, disclaimer). */
  sectionBreak?: boolean;
  /** Score for body selection; positive = article-like. */
  score: number;
  /** True when the segment is kept in the clean article. */
  keep: boolean;
  /** Inside a table cell (HTML): a data cell, not a menu item, however short. */
  inTable?: boolean;
  /** Preceded by a blank line in a text dump (paragraph spacing). */
  blankBefore?: boolean;
}

/** Makes a segment with neutral evidence. */
export function makeSegment(text: string, start: number, end: number, kind: BlockKind = 'paragraph'): Segment {
  return { text, start, end, kind, linkChars: 0, prior: 0, score: 0, keep: false };
}
