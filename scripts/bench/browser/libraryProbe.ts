/**
 * Bundled into the web edition's page by the browser bench (never shipped): runs the app's own
 * searchArticles against the app's own IndexedDB in Chromium, and samples how late the page's
 * main thread runs a 10 ms timer while an import is going on (the UI's responsiveness).
 * Exposed as globalThis.gleanerProbe; written without DOM types so it typechecks with scripts/.
 */
import { GleanerDb } from '../../../renderer/db/GleanerDb';
import { countPendingSearch } from '../../../renderer/db/repositories/searchRepository';
import { probableHits, searchArticles } from '../../../renderer/db/repositories/searchArticles';
import { SearchWorkerClient } from '../../../renderer/search/SearchWorkerClient';
import { versionText, type ArticleVersion } from '../../../shared/model/Library';
import { pickSearchQueries, type BenchQuery } from '../pickSearchQueries';

const textOf = (version: ArticleVersion | undefined): string => (version ? versionText(version) : '');

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
/** The probe's own search worker: the app's built worker script, a second instance over the same database. */
let memory: SearchWorkerClient | null = null;

export interface ProbeMemoryTiming {
  kind: string;
  text: string;
  ms: number;
  hits: number;
}
const TICK_MS = 10;
let lags: number[] = [];
let timer: ReturnType<typeof setInterval> | null = null;

const probe = {
  async counts(): Promise<{ articles: number; versions: number; searchRows: number; pendingSearch: number }> {
    return { articles: await db.articles.count(), versions: await db.versions.count(), searchRows: await db.search.count(), pendingSearch: await countPendingSearch(db) };
  },
  async queries(): Promise<BenchQuery[]> {
    const ids = (await db.articles.limit(400).primaryKeys()) as string[];
    const texts = await Promise.all(ids.map(async (id) => textOf(await db.versions.get((await db.articles.get(id))!.currentVersionId))));
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
  /** Starts a search worker from the app's built script and waits until it answers: ms to load every stored text. */
  async memoryReady(workerUrl: string): Promise<number> {
    const t0 = performance.now();
    memory?.dispose();
    memory = new SearchWorkerClient(db.name, () => new Worker(workerUrl, { type: 'module' }));
    while ((await memory.search('的', 1)) === null) {
      if (memory.failure) throw new Error(`the search worker failed: ${memory.failure}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return performance.now() - t0;
  },
  /** The worker's exact answer, timed from the page: message, catch-up, search, snippets, reply. */
  async memorySearch(queries: BenchQuery[]): Promise<ProbeMemoryTiming[]> {
    const timings: ProbeMemoryTiming[] = [];
    for (const q of queries) {
      const t0 = performance.now();
      const hits = await memory!.search(q.text, 500);
      timings.push({ kind: q.kind, text: q.text, ms: performance.now() - t0, hits: hits?.length ?? -1 });
    }
    return timings;
  },
  /** Times the cheap-looking reads a search makes before it asks the worker. */
  async readCosts(): Promise<Record<string, number>> {
    const time = async (f: () => Promise<unknown>) => {
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) await f();
      return (performance.now() - t0) / 5;
    };
    return {
      'searchText.count()': await time(() => db.searchText.count()),
      "where('rev').above(0).count()": await time(() => db.searchText.where('rev').above(0).count()),
      "orderBy('rev').last()": await time(() => db.searchText.orderBy('rev').reverse().limit(1).primaryKeys()),
      "rev keys of last 10 s": await time(() => db.searchText.where('rev').above(Date.now() * 1000 - 10_000_000).primaryKeys()),
      'highlights.each + documentNotes.each': await time(async () => { await db.highlights.each(() => {}); await db.documentNotes.each(() => {}); }),
      'articles.count()': await time(() => db.articles.count()),
    };
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
