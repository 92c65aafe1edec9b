import type { GleanerDb, SearchTextRow } from '../GleanerDb';
import { MemorySearchIndex, type MemorySearchHit } from '../../../shared/search/MemorySearchIndex';

/** Texts read per request while loading: big enough to amortize a request, small enough to yield. */
const LOAD_PAGE = 500;
/**
 * How far back in revisions (µs) a catch-up looks. A text is stamped when its transaction
 * starts and is visible when it commits; a transaction that spans the previous catch-up is
 * still caught as long as it took less than this. Texts seen already are skipped by their
 * revision without being read.
 */
const CATCH_UP_GRACE_US = 10_000_000;

/**
 * Keeps a MemorySearchIndex in step with the searchText table, whichever code path writes it.
 * `load` reads every text once. Before each query `catchUpWithNewest` reads the texts stamped
 * after the newest revision it holds: one index read (about 1 ms in Chromium) when nothing is
 * new. In the background `catchUp` also finds what that misses: a text whose transaction
 * committed after a newer one (looked for within a grace window) and texts deleted (by count,
 * which IndexedDB answers by walking the table: 40 ms at 2,000 texts, so it is not done per
 * query). Until then a deleted article may still be a hit; the library lists only stored
 * articles, so it never shows.
 */
export class SearchIndexMirror {
  readonly index = new MemorySearchIndex();
  /** The newest revision in the index. */
  private newest = 0;
  /** When the last thorough catch-up started (µs): the next one looks back from here. */
  private scannedFrom = 0;
  private loaded = false;

  constructor(private readonly db: GleanerDb) {}

  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Reads every stored search text into the index, a page at a time. */
  async load(): Promise<void> {
    this.scannedFrom = Date.now() * 1000;
    let after: string | null = null;
    for (;;) {
      const page: SearchTextRow[] = await (after === null ? this.db.searchText.orderBy('articleId') : this.db.searchText.where('articleId').above(after)).limit(LOAD_PAGE).toArray();
      for (const row of page) this.put(row);
      if (page.length < LOAD_PAGE) break;
      after = page[page.length - 1]!.articleId;
    }
    this.loaded = true;
    await this.catchUp();
  }

  /** Reads the texts stamped after the newest the index holds; returns how many. */
  async catchUpWithNewest(): Promise<number> {
    const [newest] = (await this.db.searchText.orderBy('rev').reverse().limit(1).keys()) as number[];
    if (newest === undefined || newest <= this.newest) return 0;
    const rows = await this.db.searchText.where('rev').above(this.newest).toArray();
    for (const row of rows) this.put(row);
    return rows.length;
  }

  /**
   * Brings the index up to what is stored now, deletions included; returns how many articles
   * changed. Texts already held at their revision are skipped by key, without being read.
   */
  async catchUp({ deletions = true }: { deletions?: boolean } = {}): Promise<number> {
    const startedAt = Date.now() * 1000;
    const stale: string[] = [];
    await this.db.searchText
      .where('rev')
      .above(this.scannedFrom - CATCH_UP_GRACE_US)
      .eachKey((rev, cursor) => {
        const articleId = cursor.primaryKey as string;
        if (this.index.revisionOf(articleId) !== rev) stale.push(articleId);
      });
    this.scannedFrom = startedAt;
    let changed = await this.readInto(stale);
    // Texts deleted (a removal), or written without a revision (before schema v3), by count.
    if (deletions && (await this.db.searchText.count()) !== this.index.size) changed += await this.reconcile();
    return changed;
  }

  search(query: string, limit: number): MemorySearchHit[] {
    return this.index.search(query, limit);
  }

  private put(row: SearchTextRow): void {
    const rev = row.rev ?? 0;
    if (this.index.revisionOf(row.articleId) === rev && rev !== 0) return;
    this.index.put(row.articleId, rev, row.haystack);
    if (rev > this.newest) this.newest = rev;
  }

  private async reconcile(): Promise<number> {
    // A query may add texts while the keys are read: those are newer than this and stay.
    const newestBefore = this.newest;
    const stored = new Set((await this.db.searchText.toCollection().primaryKeys()) as string[]);
    const gone = [...this.index.articleIds()].filter((id) => !stored.has(id) && this.index.revisionOf(id)! <= newestBefore);
    for (const id of gone) this.index.remove(id);
    const missing = [...stored].filter((id) => this.index.revisionOf(id) === undefined);
    return gone.length + (await this.readInto(missing));
  }

  private async readInto(articleIds: string[]): Promise<number> {
    let read = 0;
    for (let i = 0; i < articleIds.length; i += LOAD_PAGE) {
      const rows = await this.db.searchText.bulkGet(articleIds.slice(i, i + LOAD_PAGE));
      rows.forEach((row, j) => {
        if (row) this.put(row);
        else this.index.remove(articleIds[i + j]!);
        read++;
      });
    }
    return read;
  }
}
