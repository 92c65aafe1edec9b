/** What the cleaner produces for one clipping. Every range is `[start, end)` in UTF-16 code units of `original`. */

/** The kinds of clipping the cleaner tells apart. */
export type ClippingFormat = 'html' | 'markdown' | 'text';

/** Whether `published` is a stated publication date or only a capture/display time. */
export type PublishedKind = 'published' | 'captured' | 'unknown';

/** The block kinds kept in the clean article. */
export type BlockKind = 'heading' | 'paragraph' | 'caption' | 'quote' | 'list-item' | 'preformatted';

/** One kept block of the clean article, mapped back to the original. */
export interface CleanBlock {
  kind: BlockKind;
  /** Plain text of the block, whitespace-normalized. */
  text: string;
  /** `[start, end)` of the block in the decoded original. */
  start: number;
  end: number;
  /** Heading level 1–6 when kind is 'heading'. */
  level?: number;
}

/** Why a region of the original was dropped. A fixed set so the UI can label and filter them. */
export const REMOVAL_REASONS = [
  'navigation',
  'hot-search',
  'related',
  'share',
  'disclaimer',
  'footer',
  'image-debris',
  'duplicate-title',
  'metadata',
  'comments',
  'promotion',
  'markup',
  'other',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** Human labels for removal reasons, shown in the reader. */
export const REMOVAL_REASON_LABELS: Record<RemovalReason, string> = {
  navigation: 'Navigation / breadcrumb',
  'hot-search': 'Hot-search or tag cloud',
  related: 'Related / recommended list',
  share: 'Share or counter widget',
  disclaimer: 'Disclaimer / copyright / notice',
  footer: 'Footer',
  'image-debris': 'Image debris or alt-text repeat',
  'duplicate-title': 'Duplicated title',
  metadata: 'Metadata line',
  comments: 'Comments',
  promotion: 'Promotion / ad',
  markup: 'Markup (script, style, hidden)',
  other: 'Other',
};

/** One dropped region of the original. */
export interface RemovedRegion {
  reason: RemovalReason;
  start: number;
  end: number;
  /** The first characters of the region's text (up to 80), to name it in a list; the range is what locates it. */
  text: string;
}

/** Machine-readable warning codes; `message` says it in words. */
export type CleanWarningCode =
  | 'encoding-guessed'
  | 'encoding-declaration-ignored'
  | 'invalid-bytes'
  | 'body-short'
  | 'body-empty'
  /** Nothing looked like an article or like chrome: the whole clipping was kept. */
  | 'body-unsure'
  | 'possibly-truncated'
  | 'depth-limit'
  | 'size-limit'
  | 'time-limit'
  | 'nul-bytes';

export interface CleanWarning {
  code: CleanWarningCode;
  message: string;
}

/** The clean article with its provenance. */
export interface CleanArticle {
  title: string;
  /** `YYYY-MM-DD` or a full ISO date-time when the page states a publication date; otherwise null. */
  published: string | null;
  publishedKind: PublishedKind;
  /** The text the date was read from, for display ("发布日期:2021-05-21 04:44:55"). */
  publishedText: string | null;
  /** A snapshot/capture/display time found on the page; never presented as publication. */
  captured: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  /** BCP 47 primary tag guessed from the text: 'zh', 'en', 'ja', … or 'und'. */
  language: string;
  format: ClippingFormat;
  /** The encoding the bytes were decoded with (WHATWG label). */
  encoding: string;
  /** The decoded original; every range indexes into it. */
  original: string;
  blocks: CleanBlock[];
  removed: RemovedRegion[];
  warnings: CleanWarning[];
  /** The clean body as allowlisted HTML (p, h1–h6, blockquote, ul/ol/li, figure/figcaption, em/strong/b/i, br, a). */
  html: string;
  /** The clean body as plain text, blocks separated by blank lines. */
  text: string;
  /** The cleaner's version, so a stored article knows when a re-clean would change it. */
  cleanerVersion: number;
}

/**
 * Typed failures: the file is not something the cleaner can read. `timeout` and `crashed` come
 * from the host, not the cleaner: the cleaning worker ran past its time budget or died (e.g. at
 * its memory limit) and was replaced.
 */
export type CleanErrorCode = 'not-text' | 'too-large' | 'empty' | 'internal' | 'timeout' | 'crashed';

export interface CleanError {
  code: CleanErrorCode;
  message: string;
}

export type CleanResult = { ok: true; value: CleanArticle } | { ok: false; error: CleanError };

/**
 * A CleanArticle as an import carries it from the cleaning worker to the store: without `html`
 * and `text`, which follow from `blocks` (`blocksText`, `blocksToHtml`). They were a third of
 * every message and of every stored version, and nothing read the stored HTML.
 */
export type ImportedArticle = Omit<CleanArticle, 'html' | 'text'>;
export type ImportedCleanResult = { ok: true; value: ImportedArticle } | { ok: false; error: CleanError };

/** The clean body as plain text: the blocks' texts separated by blank lines (as `CleanArticle.text`). */
export function blocksText(blocks: readonly { text: string }[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** Drops what an import need not carry (see ImportedArticle). */
export function forImport(result: CleanResult): ImportedCleanResult {
  if (!result.ok) return result;
  const { html: _html, text: _text, ...article } = result.value;
  return { ok: true, value: article };
}
