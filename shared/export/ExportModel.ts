import type { Article, Highlight, Source } from '../model/Library';

/** Everything the exporter needs about one article, read by the caller in one go. */
export interface ExportItem {
  article: Article;
  source: Source | null;
  /** The document note (Markdown, written by the user; exported as written). */
  documentNote: string;
  /** All highlights of the article; deleted ones and filtered colours are left out by the exporter. */
  highlights: Highlight[];
  /** The clean full text, when the caller was asked to include it. */
  cleanText: string | null;
}

/** How exported articles are grouped: headings in one file, sub-folders in a folder. */
export type ExportGrouping = 'article' | 'source' | 'tag';

/** The user's export choices. */
export interface ExportOptions {
  mode: 'one-file' | 'folder';
  groupBy: ExportGrouping;
  includeCleanText: boolean;
  /** Highlight colours to include; null for all. */
  colors: string[] | null;
  /** The per-highlight template (see highlightTemplate.ts). */
  template: string;
  exportedAt: Date;
}

/** Colour names for the values the reader stores; anything else is shown as stored. */
const COLOR_NAMES: Record<string, string> = {
  yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple', orange: 'Orange', red: 'Red', grey: 'Grey', gray: 'Grey',
};

/** The human name of a highlight colour. */
export function colorName(color: string): string {
  return COLOR_NAMES[color.toLowerCase()] ?? color;
}
