import type { GleanerDb, SearchRow, SearchTextRow } from '../GleanerDb';
import { indexTokens } from '../../../shared/search/searchTokens';
import { normalizeForSearch } from '../../../shared/search/normalizeForSearch';
import { versionText } from '../../../shared/model/Library';

/** What an article is searchable by. */
export interface SearchParts {
  title: string;
  text: string;
  highlights: string[];
  notes: string[];
}

/** Title, text, highlights and notes, normalized, one per line: what phrases are checked in. */
function searchHaystack(parts: SearchParts): string {
  return [parts.title, parts.text, ...parts.highlights, ...parts.notes].map(normalizeForSearch).filter(Boolean).join('\n');
}

let lastRevision = 0;

/**
 * A revision for a search text being written: the time in microseconds, kept increasing within
 * this page. The search worker reads texts by revision to catch up with writes (see
 * SearchIndexMirror), so every write of a searchText row stamps one.
 */
export function nextSearchRevision(): number {
  lastRevision = Math.max(Date.now() * 1000, lastRevision + 1);
  return lastRevision;
}

/** The search text of an article whose postings the background indexer will build (import's fast path). */
export function pendingSearchText(articleId: string, parts: SearchParts): SearchTextRow {
  return { articleId, haystack: searchHaystack(parts), pending: 1, rev: nextSearchRevision() };
}

/** How many articles the indexer builds postings for per transaction (see indexPendingSearch). */
const INDEX_BATCH = 50;

/**
 * Builds the postings of up to `max` articles whose search text is pending and returns how many
 * pending texts it took up (0: none was pending). The grams are computed between two
 * transactions, yielding to the UI every few articles; the write re-reads the rows and skips any
 * text that changed or was removed meanwhile, so nothing is indexed stale. A batch of 50 or more lets Dexie mark the
 * `grams` index changed as a whole for live queries instead of recording each gram of each row.
 */
export async function indexPendingSearch(db: GleanerDb, max = INDEX_BATCH, yieldToUi: () => Promise<void> = () => Promise.resolve()): Promise<number> {
  const pending = await db.searchText.where('pending').equals(1).limit(max).toArray();
  if (pending.length === 0) return 0;
  const built: SearchRow[] = [];
  for (const [i, text] of pending.entries()) {
    built.push({ articleId: text.articleId, grams: indexTokens(text.haystack) });
    if (i % 10 === 9 || i === pending.length - 1) await yieldToUi();
  }
  return db.transaction('rw', [db.search, db.searchText], async () => {
    const current = await db.searchText.bulkGet(pending.map((t) => t.articleId));
    const unchanged = pending.filter((t, i) => current[i]?.pending === 1 && current[i]!.haystack === t.haystack);
    const keep = new Set(unchanged.map((t) => t.articleId));
    await db.search.bulkPut(built.filter((row) => keep.has(row.articleId)));
    // The text is unchanged, so its revision is kept: the search worker need not read it again.
    await db.searchText.bulkPut(unchanged.map(({ pending: _built, ...text }) => text));
    return pending.length;
  });
}

/** How many articles wait for their postings. */
export function countPendingSearch(db: GleanerDb): Promise<number> {
  return db.searchText.where('pending').equals(1).count();
}

/**
 * Writes an article's search row from what is stored now (title, current clean text, live
 * highlights with their notes, the document note), postings included. No transaction of its
 * own: call it inside one over searchWriteTables.
 */
export async function writeSearchRow(db: GleanerDb, articleId: string): Promise<void> {
  const article = await db.articles.get(articleId);
  if (!article) return;
  const version = await db.versions.get(article.currentVersionId);
  const highlights = (await db.highlights.where('articleId').equals(articleId).toArray()).filter((h) => h.deletedAt === null);
  const docNote = await db.documentNotes.get(articleId);
  const haystack = searchHaystack({
    title: article.title,
    text: version ? versionText(version) : '',
    highlights: highlights.map((h) => h.quote.exact),
    notes: [...highlights.map((h) => h.note), docNote?.text ?? ''],
  });
  await db.search.put({ articleId, grams: indexTokens(haystack) });
  await db.searchText.put({ articleId, haystack, rev: nextSearchRevision() });
}

/** The tables writeSearchRow reads and writes. */
function searchWriteTables(db: GleanerDb) {
  return [db.articles, db.versions, db.highlights, db.documentNotes, db.search, db.searchText];
}

/** Rebuilds an article's search row in its own transaction; the reader calls it after a highlight or note changes. */
export async function reindexArticleSearch(db: GleanerDb, articleId: string): Promise<void> {
  await db.transaction('rw', searchWriteTables(db), () => writeSearchRow(db, articleId));
}

/**
 * Builds the search entries of articles that have none (a restored or merged backup: older
 * backups carry no searchText table, and search data is derived, so it is rebuilt rather than
 * trusted). Returns how many were built.
 */
export async function rebuildMissingSearchEntries(db: GleanerDb): Promise<number> {
  const ids = (await db.articles.toCollection().primaryKeys()) as string[];
  const present = new Set((await db.searchText.toCollection().primaryKeys()) as string[]);
  const missing = ids.filter((id) => !present.has(id));
  for (const id of missing) await reindexArticleSearch(db, id);
  return missing.length;
}
