import type { GleanerDb, SearchTextRow } from '../db/GleanerDb';
import { MemorySearchIndex, type MemorySearchHit } from '../../shared/search/MemorySearchIndex';

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
 * Keeps a MemorySearchIndex in step with the searchText table. `load` reads every text once;
 * `catchUp`, run before each query, reads only the texts written since (by their revision) and
 * drops articles whose text was deleted. So a query always sees what is stored, whichever code
 * path wrote it, without the writers knowing this index exists.
 */
export class SearchIndexMirror {
  readonly index = new MemorySearchIndex();
  private seenUpTo = 0;
  private loaded = false;

  constructor(private readonly db: GleanerDb) {}

  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Reads every stored search text into the index, a page at a time. */
  async load(): Promise<void> {
    this.seenUpTo = Date.now() * 1000;
    let after: string | null = null;
    for (;;) {
      const page: SearchTextRow[] = await (after === null ? this.db.searchText.orderBy('articleId') : this.db.searchText.where('articleId').above(after)).limit(LOAD_PAGE).toArray();
      for (const row of page) this.index.put(row.articleId, row.rev ?? 0, row.haystack);
      if (page.length < LOAD_PAGE) break;
      after = page[page.length - 1]!.articleId;
    }
    this.loaded = true;
    await this.catchUp();
  }

  /** Brings the index up to what is stored now; returns how many articles changed. */
  async catchUp(): Promise<number> {
    const startedAt = Date.now() * 1000;
    const stale: string[] = [];
    await this.db.searchText
      .where('rev')
      .above(this.seenUpTo - CATCH_UP_GRACE_US)
      .eachKey((rev, cursor) => {
        const articleId = cursor.primaryKey as string;
        if (this.index.revisionOf(articleId) !== rev) stale.push(articleId);
      });
    this.seenUpTo = startedAt;
    let changed = await this.readInto(stale);
    // Texts deleted (a removal) or restored with a revision older than the grace are found by count.
    if ((await this.db.searchText.count()) !== this.index.size) changed += await this.reconcile();
    return changed;
  }

  search(query: string, limit: number): MemorySearchHit[] {
    return this.index.search(query, limit);
  }

  private async reconcile(): Promise<number> {
    const stored = new Set((await this.db.searchText.toCollection().primaryKeys()) as string[]);
    const gone = [...this.index.articleIds()].filter((id) => !stored.has(id));
    for (const id of gone) this.index.remove(id);
    const missing = [...stored].filter((id) => this.index.revisionOf(id) === undefined);
    return gone.length + (await this.readInto(missing));
  }

  private async readInto(articleIds: string[]): Promise<number> {
    let read = 0;
    for (let i = 0; i < articleIds.length; i += LOAD_PAGE) {
      const rows = await this.db.searchText.bulkGet(articleIds.slice(i, i + LOAD_PAGE));
      rows.forEach((row, j) => {
        if (row) this.index.put(row.articleId, row.rev ?? 0, row.haystack);
        else this.index.remove(articleIds[i + j]!);
        read++;
      });
    }
    return read;
  }
}
