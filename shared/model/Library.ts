import { blocksText, type CleanBlock, type ClippingFormat, type CleanWarning, type PublishedKind, type RemovedRegion } from './CleanArticle';

/**
 * The stored data model. Rows live in IndexedDB (renderer/db); these types are the
 * environment-free contract every layer shares. Ids are strings (crypto.randomUUID or SHA-256 hex).
 */

/** Admiralty source reliability: A completely reliable … F cannot be judged. */
export type SourceGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
/** Admiralty information credibility: 1 confirmed … 6 cannot be judged. */
export type CredibilityGrade = 1 | 2 | 3 | 4 | 5 | 6;

export const SOURCE_GRADES: readonly SourceGrade[] = ['A', 'B', 'C', 'D', 'E', 'F'];
export const CREDIBILITY_GRADES: readonly CredibilityGrade[] = [1, 2, 3, 4, 5, 6];

export const SOURCE_GRADE_LABELS: Record<SourceGrade, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<CredibilityGrade, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** One clipping as the library knows it: the latest version's metadata plus what the user added. */
export interface Article {
  id: string;
  /** Path relative to the opened folder root, '/'-separated. */
  path: string;
  /** The folder (root) it was imported from. */
  root: string;
  title: string;
  published: string | null;
  publishedKind: PublishedKind;
  sourceId: string | null;
  sourceName: string | null;
  author: string | null;
  url: string | null;
  language: string;
  format: ClippingFormat;
  words: number;
  /** SHA-256 of the current version's original bytes. */
  currentVersionId: string;
  versionCount: number;
  warnings: CleanWarning[];
  /** Article-level grade override; null inherits the source's grade. */
  gradeOverride: SourceGrade | null;
  tags: string[];
  highlightCount: number;
  noteCount: number;
  importedAt: number;
  updatedAt: number;
  fileMissing: boolean;
}

/** One immutable version of a clipping: its original bytes' text and the cleaner's output for it. */
export interface ArticleVersion {
  /** SHA-256 hex of the original bytes. */
  id: string;
  articleId: string;
  encoding: string;
  original: string;
  blocks: CleanBlock[];
  removed: RemovedRegion[];
  /** Stored by versions imported before 2026-12-06; nothing reads it (the reader renders blocks). */
  html?: string;
  /**
   * Stored by versions imported before 2026-12-06: the blocks' texts joined. Read `versionText`,
   * which rebuilds it from the blocks for newer versions (storing it again cost every import).
   */
  text?: string;
  cleanerVersion: number;
  importedAt: number;
}

/** A version's clean body as plain text, blocks separated by blank lines. */
export function versionText(version: Pick<ArticleVersion, 'text' | 'blocks'>): string {
  return version.text ?? blocksText(version.blocks);
}

/** W3C-style selectors in the coordinates of a version's original text. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** How well a highlight is anchored in the article's current version. */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface Highlight {
  id: string;
  articleId: string;
  /** The version whose original the selectors point into. */
  versionId: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  anchor: AnchorState;
  /** Match score 0–1 when anchor is 'fuzzy'. */
  anchorScore?: number;
  color: string;
  credibility: CredibilityGrade | null;
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

/** The user's correction of the cleaner for one article: blocks restored or dropped, by original range. */
export interface CleanOverride {
  articleId: string;
  /** The version whose original the ranges point into (re-anchored with highlights). */
  versionId?: string;
  restored: TextPositionSelector[];
  dropped: TextPositionSelector[];
  updatedAt: number;
}

export interface SourceGradeEntry {
  grade: SourceGrade | null;
  rationale: string;
  at: number;
}

/** An outlet behind articles. */
export interface Source {
  id: string;
  /** Display name, e.g. `网易号 · 傲骨真心`. */
  name: string;
  /** Normalized key used to match the same outlet across clippings and colleagues' files. */
  key: string;
  platform: string | null;
  domains: string[];
  aliases: string[];
  grade: SourceGrade | null;
  rationale: string;
  history: SourceGradeEntry[];
  tags: string[];
  updatedAt: number;
}

export interface Tag {
  name: string;
  color: string;
}

/** Formats a grade pair as the usual code, e.g. `B2`; ungraded parts show as `–`. */
export function gradeCode(source: SourceGrade | null, credibility: CredibilityGrade | null): string {
  return `${source ?? '–'}${credibility ?? '–'}`;
}
