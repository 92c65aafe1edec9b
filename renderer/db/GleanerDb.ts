import Dexie, { type EntityTable } from 'dexie';
import type { Article, ArticleVersion, CleanOverride, Highlight, Source, Tag } from '../../shared/model/Library';
import { applyMigrations } from './migrations/applyMigrations';

/** A per-article document note (Markdown). */
export interface DocumentNoteRow {
  articleId: string;
  text: string;
  updatedAt: number;
}

/** Word-level search postings for one article: character bigrams (CJK) and lower-cased words (others). */
export interface SearchRow {
  articleId: string;
  grams: string[];
}

/**
 * What a search checks the phrase in and cuts the snippet from: title, clean text, highlights
 * and notes, normalized and joined by newlines. Apart from SearchRow (schema v2) so a query
 * never reads the postings of the articles it checks.
 */
export interface SearchTextRow {
  articleId: string;
  haystack: string;
  /** 1 while the article's postings (SearchRow) are not built yet; absent once they are. */
  pending?: 1;
  /** When the text was written (see nextSearchRevision); absent on texts stored before schema v3. */
  rev?: number;
}

/** A folder the user opened, remembered for re-import and watching. */
export interface FolderRow {
  root: string;
  openedAt: number;
  lastImportAt: number;
}

/** A file as last seen in a folder: lets a re-import tell new, changed and unchanged files apart. */
export interface FileRow {
  root: string;
  path: string;
  sha256: string;
  articleId: string;
  seenAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The one Dexie database. Tables that hold large bodies (versions) are kept apart from the
 * rows the library lists (articles), so listing 10,000 articles never loads an original.
 * Schema changes go in a new file under migrations/ and never edit an old one.
 */
export class GleanerDb extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  versions!: EntityTable<ArticleVersion, 'id'>;
  highlights!: EntityTable<Highlight, 'id'>;
  documentNotes!: EntityTable<DocumentNoteRow, 'articleId'>;
  overrides!: EntityTable<CleanOverride, 'articleId'>;
  sources!: EntityTable<Source, 'id'>;
  tags!: EntityTable<Tag, 'name'>;
  search!: EntityTable<SearchRow, 'articleId'>;
  searchText!: EntityTable<SearchTextRow, 'articleId'>;
  folders!: EntityTable<FolderRow, 'root'>;
  files!: Dexie.Table<FileRow, [string, string]>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = 'gleaner') {
    // 'strict' makes Chromium flush each transaction to disk before reporting success:
    // a note shown as saved must survive a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    applyMigrations(this);
  }
}
