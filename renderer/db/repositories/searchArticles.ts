import type { GleanerDb } from '../GleanerDb';
import { queryTokens } from '../../../shared/search/searchTokens';
import { normalizeForSearch } from '../../../shared/search/normalizeForSearch';
import { makeSnippet, type Snippet } from '../../../shared/search/makeSnippet';

/**
 * One hit: the article and the text around the first match. The snippet is null when the hit
 * was found without reading the article's text: loadSnippets cuts it for the rows on screen.
 */
export interface SearchHit {
  articleId: string;
  snippet: Snippet | null;
}

/** What the library asks for: beyond this, a query is too common to narrow anything. */
const SEARCH_LIMIT = 500;
const VERIFY_CHUNK = 100;
/**
 * Reading one posting key costs about 1/30 of reading one article's search text (measured in
 * Chromium: ~5 µs a key, ~150 µs a text). Once the candidates are this many times fewer than
 * the next posting list, checking their texts is cheaper than reading the list.
 */
const KEY_TO_TEXT_COST = 30;

/** A query, normalized, with its tokens and whether its postings alone answer it exactly. */
interface ParsedQuery {
  phrase: string;
  exact: string[];
  prefix: string[];
  /** One token that is the whole phrase (a CJK pair or character, one word): no text to check. */
  singleToken: boolean;
}

function parse(query: string): ParsedQuery | null {
  const phrase = normalizeForSearch(query);
  if (!phrase) return null;
  const { exact, prefix } = queryTokens(query);
  const tokens = [...exact, ...prefix];
  if (tokens.length === 0) return null;
  return { phrase, exact, prefix, singleToken: tokens.length === 1 && tokens[0] === phrase };
}

interface PostingList {
  size: number;
  read(limit?: number): Promise<string[]>;
}

function postingLists(db: GleanerDb, q: ParsedQuery): Promise<PostingList[]> {
  const exact = q.exact.map(async (token): Promise<PostingList> => ({
    // IndexedDB counts an index range without sending its keys: ~1 ms however common the gram.
    size: await db.search.where('grams').equals(token).count(),
    read: async (limit) => {
      const keys = db.search.where('grams').equals(token);
      return (await (limit ? keys.limit(limit) : keys).primaryKeys()) as string[];
    },
  }));
  // A prefix matches several postings of one article: its size is an upper bound.
  const prefix = q.prefix.map(async (token): Promise<PostingList> => ({
    size: await db.search.where('grams').startsWith(token).count(),
    read: async () => [...new Set((await db.search.where('grams').startsWith(token).primaryKeys()) as string[])],
  }));
  return Promise.all([...exact, ...prefix]);
}

interface CandidateOptions {
  /** At most this many lists are read, rarest first (a first answer reads two). */
  maxLists: number;
  /** Read on while checking the candidates' texts would cost more than the next list (KEY_TO_TEXT_COST). */
  stopWhenCheaperToCheck: boolean;
  /** For a single list: how many keys are wanted. */
  limit?: number;
}

/** Candidates from the postings: the intersection of the lists read, rarest first. */
async function candidateIds(lists: PostingList[], options: CandidateOptions): Promise<string[]> {
  const sorted = [...lists].sort((a, b) => a.size - b.size);
  if (sorted.length === 0 || sorted[0]!.size === 0) return [];
  let result = await sorted[0]!.read(sorted.length === 1 ? options.limit : undefined);
  for (const list of sorted.slice(1, options.maxLists)) {
    if (result.length === 0) return [];
    if (options.stopWhenCheaperToCheck && result.length * KEY_TO_TEXT_COST < list.size) break;
    const keep = new Set(await list.read());
    result = result.filter((id) => keep.has(id));
  }
  return result;
}

/** Articles whose postings are not built yet (see indexPendingSearch): only their texts can answer. */
async function pendingIds(db: GleanerDb): Promise<string[]> {
  return (await db.searchText.where('pending').equals(1).primaryKeys()) as string[];
}

/** The first, fast answer to a search, and whether it is already exact. */
export interface ProbableHits {
  hits: SearchHit[];
  exact: boolean;
}

/**
 * A search's first answer, from the postings alone: articles that hold the query's two rarest
 * tokens. Exact for a one-token query; for a longer phrase the tokens may sit apart, which
 * searchArticles then rules out by reading texts. Lets the library show results at the speed
 * of the index and refine them a moment later.
 */
export async function probableHits(db: GleanerDb, query: string, limit = SEARCH_LIMIT): Promise<ProbableHits> {
  const q = parse(query);
  if (!q) return { hits: [], exact: true };
  const waiting = new Set(await pendingIds(db));
  const lists = await postingLists(db, q);
  const ids = (await candidateIds(lists, { maxLists: 2, stopWhenCheaperToCheck: false, limit: limit + waiting.size })).filter((id) => !waiting.has(id));
  return { hits: ids.slice(0, limit).map((articleId) => ({ articleId, snippet: null })), exact: q.singleToken && waiting.size === 0 };
}

/**
 * Full-text search over title, clean text, highlights and notes. Postings narrow the
 * candidates; the normalized phrase must then occur in the article's search text, so a Chinese
 * phrase never matches its characters scattered across the text. A one-token query is answered
 * by its postings alone: they are exact for it, and reading hundreds of texts only to cut
 * snippets was most of a common query's time.
 */
export async function searchArticles(db: GleanerDb, query: string, limit = SEARCH_LIMIT): Promise<SearchHit[]> {
  const q = parse(query);
  if (!q) return [];
  const pending = await pendingIds(db);
  const waiting = new Set(pending);
  const lists = await postingLists(db, q);
  const ids = (await candidateIds(lists, { maxLists: lists.length, stopWhenCheaperToCheck: true, limit: limit + waiting.size })).filter((id) => !waiting.has(id));
  const hits = q.singleToken ? ids.slice(0, limit).map((articleId) => ({ articleId, snippet: null })) : await verifiedHits(db, ids, q.phrase, limit);
  // Articles still waiting for their postings are checked by their text.
  if (hits.length < limit && pending.length > 0) hits.push(...(await verifiedHits(db, pending, q.phrase, limit - hits.length)));
  if (hits.length < limit) hits.push(...(await annotationHits(db, q.phrase, new Set(hits.map((h) => h.articleId)), limit - hits.length)));
  return hits;
}

/** What answers from memory: the search worker's client (see SearchWorkerClient), or a stand-in in tests. */
export interface MemorySearcher {
  search(query: string, limit: number): Promise<SearchHit[] | null>;
}

/**
 * The exact answer from the search worker's in-memory index, plus annotations written since
 * their article's search text was last built; null when the worker cannot answer yet, and the
 * stored postings must. Every database read comes before the wait on the worker, so a live
 * query that runs this still observes the search texts and annotations it depends on.
 */
export async function searchInMemory(db: GleanerDb, searcher: MemorySearcher, query: string, limit = SEARCH_LIMIT): Promise<SearchHit[] | null> {
  const q = parse(query);
  if (!q) return [];
  // Read for its subscription: a search text written makes a live query ask the worker again.
  // (The newest revision is one index read; counting the table walks every row in Chromium.)
  const newestText = db.searchText.orderBy('rev').reverse().limit(1).primaryKeys();
  const annotated = annotationHits(db, q.phrase, new Set(), limit);
  // Wrapped as Dexie's live queries require of a non-Dexie promise, so reads after it (the
  // fallback to the postings) are still observed.
  const [, fromAnnotations, hits] = await Promise.all([newestText, annotated, Promise.resolve(searcher.search(query, limit))]);
  if (!hits) return null;
  const found = new Set(hits.map((h) => h.articleId));
  for (const hit of fromAnnotations) if (hits.length < limit && !found.has(hit.articleId)) hits.push(hit);
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
