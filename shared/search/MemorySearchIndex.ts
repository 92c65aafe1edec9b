import { forEachIndexToken, queryTokens } from './searchTokens';
import { normalizeForSearch } from './normalizeForSearch';
import { makeSnippet, type Snippet } from './makeSnippet';

/** One article that holds the phrase, with the text around its first occurrence. */
export interface MemorySearchHit {
  articleId: string;
  snippet: Snippet;
}

interface Doc {
  articleId: string;
  /** The revision of the stored search text this doc was built from (see SearchTextRow.rev). */
  rev: number;
  haystack: string;
}

/**
 * Once the candidates are this many times fewer than the next posting list, checking their texts
 * with indexOf is cheaper than walking the list (a posting is a few ns, a text a few µs).
 */
const POSTING_TO_TEXT_COST = 200;

/**
 * Full-text search held in memory: the same tokens as the stored postings (CJK bigrams and
 * words, see indexTokens) mapped to sorted lists of document numbers, and each article's
 * normalized search text to check the phrase in. A query intersects its rarest lists and then
 * checks the phrase with indexOf, so a Chinese phrase never matches characters scattered
 * across an article. It runs in a worker (see searchWorker) because reading posting keys out of
 * IndexedDB for every keystroke cost hundreds of milliseconds at 10,000 articles.
 *
 * Document numbers only grow, so every list stays sorted by appending. Replacing or removing an
 * article leaves its old number dead in the lists; dead numbers are skipped and swept out once
 * they are a quarter of all.
 */
export class MemorySearchIndex {
  private docs: Array<Doc | null> = [];
  private numberOf = new Map<string, number>();
  private postings = new Map<string, number[]>();
  /** Tokens by their first character, for the prefix of the word still being typed. */
  private tokensByFirstChar = new Map<string, Set<string>>();
  private dead = 0;

  get size(): number {
    return this.numberOf.size;
  }

  /** The revision an article was indexed at, or undefined when it is not in the index. */
  revisionOf(articleId: string): number | undefined {
    const n = this.numberOf.get(articleId);
    return n === undefined ? undefined : this.docs[n]!.rev;
  }

  articleIds(): IterableIterator<string> {
    return this.numberOf.keys();
  }

  /** Adds an article's search text (already normalized, see normalizeForSearch), replacing what it had. */
  put(articleId: string, rev: number, haystack: string): void {
    this.remove(articleId);
    const n = this.docs.length;
    this.docs.push({ articleId, rev, haystack });
    this.numberOf.set(articleId, n);
    forEachIndexToken(haystack, (token) => {
      let list = this.postings.get(token);
      if (list?.[list.length - 1] === n) return; // A repeat within this article: numbers only grow.
      if (!list) {
        list = [];
        this.postings.set(token, list);
        const first = String.fromCodePoint(token.codePointAt(0)!);
        let bucket = this.tokensByFirstChar.get(first);
        if (!bucket) this.tokensByFirstChar.set(first, (bucket = new Set()));
        bucket.add(token);
      }
      list.push(n);
    });
  }

  remove(articleId: string): void {
    const n = this.numberOf.get(articleId);
    if (n === undefined) return;
    this.docs[n] = null;
    this.numberOf.delete(articleId);
    this.dead++;
    if (this.dead > 1000 && this.dead * 4 > this.docs.length) this.sweep();
  }

  /**
   * Articles whose search text holds the query as a phrase, up to `limit`, in the order they
   * were indexed. A one-token query (a CJK pair, one whole word) is answered by its list alone.
   */
  search(query: string, limit: number): MemorySearchHit[] {
    const phrase = normalizeForSearch(query);
    if (!phrase) return [];
    const { exact, prefix } = queryTokens(query);
    if (exact.length + prefix.length === 0) return [];
    const lists = [...exact.map((t) => this.postings.get(t) ?? []), ...prefix.map((t) => this.prefixList(t))].sort((a, b) => a.length - b.length);
    let candidates = lists[0]!;
    for (const list of lists.slice(1)) {
      if (candidates.length === 0 || candidates.length * POSTING_TO_TEXT_COST < list.length) break;
      candidates = intersectSorted(candidates, list);
    }
    const hits: MemorySearchHit[] = [];
    for (const n of candidates) {
      const doc = this.docs[n];
      if (!doc) continue;
      const at = doc.haystack.indexOf(phrase);
      if (at === -1) continue;
      hits.push({ articleId: doc.articleId, snippet: makeSnippet(doc.haystack, at, at + phrase.length) });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** The sorted union of the lists of every token that starts with `prefix`. */
  private prefixList(prefix: string): number[] {
    const bucket = this.tokensByFirstChar.get(String.fromCodePoint(prefix.codePointAt(0)!));
    if (!bucket) return [];
    const lists: number[][] = [];
    for (const token of bucket) if (token.startsWith(prefix)) lists.push(this.postings.get(token)!);
    if (lists.length === 1) return lists[0]!;
    const seen = new Uint8Array(this.docs.length);
    for (const list of lists) for (const n of list) seen[n] = 1;
    const union: number[] = [];
    for (let n = 0; n < seen.length; n++) if (seen[n]) union.push(n);
    return union;
  }

  /** Drops dead document numbers from every list, and tokens no live article has. */
  private sweep(): void {
    for (const [token, list] of this.postings) {
      const live = list.filter((n) => this.docs[n] !== null);
      if (live.length > 0) this.postings.set(token, live);
      else {
        this.postings.delete(token);
        this.tokensByFirstChar.get(String.fromCodePoint(token.codePointAt(0)!))?.delete(token);
      }
    }
    // Numbers are kept, so the lists stay sorted; the docs array keeps a null for each.
    this.dead = 0;
  }
}

/** The numbers in both sorted lists: a merge, or binary steps through the longer list when one is much shorter. */
export function intersectSorted(short: number[], long: number[]): number[] {
  if (short.length > long.length) [short, long] = [long, short];
  const out: number[] = [];
  if (short.length * 16 < long.length) {
    let lo = 0;
    for (const n of short) {
      let hi = long.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (long[mid]! < n) lo = mid + 1;
        else hi = mid;
      }
      if (lo === long.length) break;
      if (long[lo] === n) out.push(n);
    }
    return out;
  }
  let i = 0;
  let j = 0;
  while (i < short.length && j < long.length) {
    const a = short[i]!;
    const b = long[j]!;
    if (a === b) {
      out.push(a);
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return out;
}
