/**
 * Bundled into the web edition's page by the browser bench (never shipped): runs the app's own
 * searchArticles against the app's own IndexedDB in Chromium, and samples how late the page's
 * main thread runs a 10 ms timer while an import is going on (the UI's responsiveness).
 * Exposed as globalThis.gleanerProbe; written without DOM types so it typechecks with scripts/.
 */
import { GleanerDb } from '../../../renderer/db/GleanerDb';
import { countPendingSearch } from '../../../renderer/db/repositories/searchRepository';
import { probableHits, searchArticles } from '../../../renderer/db/repositories/searchArticles';
import { pickSearchQueries, type BenchQuery } from '../pickSearchQueries';

export interface ProbeSearchTiming {
  kind: string;
  text: string;
  /** probableHits: the index's first answer, what the table shows first. */
  firstMs: number;
  firstHits: number;
  /** searchArticles: the exact answer. */
  ms: number;
  hits: number;
}

const db = new GleanerDb();
const TICK_MS = 10;
let lags: number[] = [];
let timer: ReturnType<typeof setInterval> | null = null;

const probe = {
  async counts(): Promise<{ articles: number; versions: number; searchRows: number; pendingSearch: number }> {
    return { articles: await db.articles.count(), versions: await db.versions.count(), searchRows: await db.search.count(), pendingSearch: await countPendingSearch(db) };
  },
  async queries(): Promise<BenchQuery[]> {
    const ids = (await db.articles.limit(400).primaryKeys()) as string[];
    const texts = await Promise.all(ids.map(async (id) => (await db.versions.get((await db.articles.get(id))!.currentVersionId))?.text ?? ''));
    return pickSearchQueries(texts.map((t) => t.toLowerCase()));
  },
  async search(queries: BenchQuery[]): Promise<ProbeSearchTiming[]> {
    const timings: ProbeSearchTiming[] = [];
    for (const q of queries) {
      let t0 = performance.now();
      const first = await probableHits(db, q.text);
      const firstMs = performance.now() - t0;
      t0 = performance.now();
      const hits = await searchArticles(db, q.text);
      timings.push({ kind: q.kind, text: q.text, firstMs, firstHits: first.hits.length, ms: performance.now() - t0, hits: hits.length });
    }
    return timings;
  },
  startLag(): void {
    lags = [];
    let expected = performance.now() + TICK_MS;
    timer = setInterval(() => {
      const now = performance.now();
      lags.push(Math.max(0, now - expected));
      expected = now + TICK_MS;
    }, TICK_MS);
  },
  stopLag(): number[] {
    if (timer) clearInterval(timer);
    timer = null;
    return lags;
  },
  heapMb(): number | null {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 1048576 : null;
  },
};

(globalThis as unknown as { gleanerProbe: typeof probe }).gleanerProbe = probe;
