import type { GleanerDb, SearchRow, SearchTextRow } from '../GleanerDb';
import { indexTokens, queryTokens } from '../../../shared/search/searchTokens';
import { normalizeForSearch } from '../../../shared/search/normalizeForSearch';
import { makeSnippet, type Snippet } from '../../../shared/search/makeSnippet';

/** What an article is searchable by. */
export interface SearchParts {
  title: string;
  text: string;
  highlights: string[];
  notes: string[];
}

/**
 * One hit: the article and the text around the first match. The snippet is null when the hit
 * was found without reading the article's text (a one-token query): loadSnippets cuts it for
 * the rows on screen.
 */
export interface SearchHit {
  articleId: string;
  snippet: Snippet | null;
}

/** An article's postings and the text its phrases are checked in, written together. */
export interface SearchEntry {
  row: SearchRow;
  text: SearchTextRow;
}

/** Builds the search entry of an article (pure; the caller writes it in its own transaction). */
export function buildSearchEntry(articleId: string, parts: SearchParts): SearchEntry {
  const fields = [parts.title, parts.text, ...parts.highlights, ...parts.notes].map(normalizeForSearch).filter(Boolean);
  const haystack = fields.join('\n');
  return { row: { articleId, grams: indexTokens(haystack) }, text: { articleId, haystack } };
}

/** The search text of an article whose postings the background indexer will build (import's fast path). */
export function pendingSearchText(articleId: string, parts: SearchParts): SearchTextRow {
  const haystack = [parts.title, parts.text, ...parts.highlights, ...parts.notes].map(normalizeForSearch).filter(Boolean).join('\n');
  return { articleId, haystack, pending: 1 };
}

/** How many articles the indexer builds postings for per transaction (see indexPendingSearch). */
export const INDEX_BATCH = 50;

/**
 * Builds the postings of up to `max` articles whose search text is pending and returns how many
 * pending texts it took up (0: none was pending). The grams are computed between two transactions, yielding
 * to the UI every few articles; the write re-reads the rows and skips any text that changed or
 * was removed meanwhile, so nothing is indexed stale. A batch of 50 or more lets Dexie mark the
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
    await db.searchText.bulkPut(unchanged.map((t) => ({ articleId: t.articleId, haystack: t.haystack })));
    return pending.length;
  });
}

/** How many articles wait for their postings. */
export function countPendingSearch(db: GleanerDb): Promise<number> {
  return db.searchText.where('pending').equals(1).count();
}

/**
 * Writes an article's search row from what is stored now (title, current clean text, live
 * highlights with their notes, the document note). No transaction of its own: call it inside
 * one that includes articles, versions, highlights, documentNotes and search.
 */
export async function writeSearchRow(db: GleanerDb, articleId: string): Promise<void> {
  const article = await db.articles.get(articleId);
  if (!article) return;
  const version = await db.versions.get(article.currentVersionId);
  const highlights = (await db.highlights.where('articleId').equals(articleId).toArray()).filter((h) => h.deletedAt === null);
  const docNote = await db.documentNotes.get(articleId);
  const entry = buildSearchEntry(articleId, {
    title: article.title,
    text: version?.text ?? '',
    highlights: highlights.map((h) => h.quote.exact),
    notes: [...highlights.map((h) => h.note), docNote?.text ?? ''],
  });
  await db.search.put(entry.row);
  await db.searchText.put(entry.text);
}

/** The tables writeSearchRow reads and writes. */
export function searchWriteTables(db: GleanerDb) {
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

const VERIFY_CHUNK = 100;

async function candidateIds(db: GleanerDb, exact: string[], prefix: string[]): Promise<string[]> {
  // One read per token (a count first would read every posting list twice).
  const lists: string[][] = [];
  for (const token of exact) lists.push((await db.search.where('grams').equals(token).primaryKeys()) as string[]);
  // A prefix can match many postings of one article.
  for (const token of prefix) lists.push([...new Set((await db.search.where('grams').startsWith(token).primaryKeys()) as string[])]);
  if (lists.length === 0) return [];
  // Intersect from the shortest list: the result can only shrink.
  lists.sort((a, b) => a.length - b.length);
  let result = lists[0]!;
  for (const ids of lists.slice(1)) {
    if (result.length === 0) return [];
    const keep = new Set(ids);
    result = result.filter((id) => keep.has(id));
  }
  return result;
}

/**
 * Full-text search over title, clean text, highlights and notes. Postings narrow the
 * candidates; the normalized phrase must then occur in the article's search text, so a Chinese
 * phrase never matches its characters scattered across the text. A query that is one token (a
 * CJK pair or single character, one word) is answered by its postings alone: they are exact
 * for it, and reading hundreds of texts only to cut snippets was most of a common query's time.
 */
export async function searchArticles(db: GleanerDb, query: string, limit = 500): Promise<SearchHit[]> {
  const phrase = normalizeForSearch(query);
  if (!phrase) return [];
  const { exact, prefix } = queryTokens(query);
  // Articles whose postings are still being built are checked by their text.
  const pending = (await db.searchText.where('pending').equals(1).primaryKeys()) as string[];
  const waiting = new Set(pending);
  const ids = (await candidateIds(db, exact, prefix)).filter((id) => !waiting.has(id));
  const tokens = [...exact, ...prefix];
  const hits: SearchHit[] =
    tokens.length === 1 && tokens[0] === phrase ? ids.slice(0, limit).map((articleId) => ({ articleId, snippet: null })) : await verifiedHits(db, ids, phrase, limit);
  if (hits.length < limit && pending.length > 0) hits.push(...(await verifiedHits(db, pending, phrase, limit - hits.length)));
  if (hits.length < limit) hits.push(...(await annotationHits(db, phrase, new Set(hits.map((h) => h.articleId)), limit - hits.length)));
  return hits;
}

/** Candidates whose search text holds the phrase, with their snippets, up to `limit`. */
async function verifiedHits(db: GleanerDb, ids: string[], phrase: string, limit: number): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  for (let i = 0; i < ids.length && hits.length < limit; i += VERIFY_CHUNK) {
    const rows = await db.searchText.bulkGet(ids.slice(i, i + VERIFY_CHUNK));
    for (const row of rows) {
      const at = row ? row.haystack.indexOf(phrase) : -1;
      if (!row || at === -1) continue;
      hits.push({ articleId: row.articleId, snippet: makeSnippet(row.haystack, at, at + phrase.length) });
      if (hits.length >= limit) break;
    }
  }
  return hits;
}

/** Snippets of a query in the given articles (the rows on screen), read from their search text. */
export async function loadSnippets(db: GleanerDb, query: string, articleIds: string[]): Promise<Map<string, Snippet>> {
  const phrase = normalizeForSearch(query);
  const snippets = new Map<string, Snippet>();
  if (!phrase) return snippets;
  for (const row of await db.searchText.bulkGet(articleIds)) {
    const at = row ? row.haystack.indexOf(phrase) : -1;
    if (row && at !== -1) snippets.set(row.articleId, makeSnippet(row.haystack, at, at + phrase.length));
  }
  return snippets;
}

/**
 * Highlights and notes written since the article's search row was last built: they are few
 * next to article bodies, so scanning them keeps annotations searchable at once, whichever
 * code path wrote them.
 */
async function annotationHits(db: GleanerDb, phrase: string, already: ReadonlySet<string>, limit: number): Promise<SearchHit[]> {
  const hits = new Map<string, SearchHit>();
  const consider = (articleId: string, text: string) => {
    if (hits.size >= limit || already.has(articleId) || hits.has(articleId)) return;
    const normalized = normalizeForSearch(text);
    const at = normalized.indexOf(phrase);
    if (at !== -1) hits.set(articleId, { articleId, snippet: makeSnippet(normalized, at, at + phrase.length) });
  };
  await db.highlights.each((h) => {
    if (h.deletedAt === null) consider(h.articleId, `${h.quote.exact}\n${h.note}`);
  });
  await db.documentNotes.each((n) => consider(n.articleId, n.text));
  return [...hits.values()];
}
