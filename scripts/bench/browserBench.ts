/**
 * `npm run bench` section: the web edition in Debian's Chromium, on real IndexedDB. The bench
 * folder is opened through the app's own "Open folder" input (cleaning in the app's Web Worker,
 * storing through Dexie with the app's batches), timed from picking the folder to the import
 * panel saying finished; then the app's searchArticles runs in the page over what was stored,
 * and the same queries are typed into the Search box to time what a user waits for.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { benchFolder } from './benchFolder';
import { printTable, quantile, type BenchSection } from './BenchSection';
import type { BenchQuery } from './pickSearchQueries';
import type { ProbeMemoryTiming, ProbeSearchTiming } from './browser/libraryProbe';

const REPO = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const UI_QUERIES = 12;

type Probe = {
  counts(): Promise<{ articles: number; versions: number; searchRows: number; pendingSearch: number }>;
  queries(): Promise<BenchQuery[]>;
  search(queries: BenchQuery[]): Promise<ProbeSearchTiming[]>;
  memoryReady(workerUrl: string): Promise<number>;
  readCosts(): Promise<Record<string, number>>;
  memorySearch(queries: BenchQuery[]): Promise<ProbeMemoryTiming[]>;
  startLag(): void;
  stopLag(): number[];
  heapMb(): number | null;
};

/** Calls the in-page probe; the page holds it as globalThis.gleanerProbe. */
function callProbe<K extends keyof Probe>(page: Page, name: K, ...args: Parameters<Probe[K]>): Promise<Awaited<ReturnType<Probe[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const probe = (globalThis as unknown as { gleanerProbe: Record<string, (...x: unknown[]) => unknown> }).gleanerProbe;
      return probe[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Probe[K]>>>;
}

async function startServer(): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, [path.join(REPO, 'scripts/web.mjs'), '--no-build', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) resolve(match[1]!);
    });
    server.once('exit', (code) => reject(new Error(`the web server exited (${code}) before listening`)));
  });
  return { url, server };
}

/**
 * Bundles the probe into the freshly built web edition, so the page loads it from its own origin
 * under the app's unchanged CSP (the next build empties build/renderer again).
 */
async function writeProbe(): Promise<string> {
  const name = 'bench-library-probe.js';
  await build({ entryPoints: [path.join(REPO, 'scripts/bench/browser/libraryProbe.ts')], outfile: path.join(REPO, 'build/renderer', name), bundle: true, format: 'iife', platform: 'browser', logLevel: 'error' });
  return name;
}

/** The app's search worker as built into build/renderer/assets, by URL under the served edition. */
async function builtSearchWorkerUrl(base: string): Promise<string> {
  const name = readdirSync(path.join(REPO, 'build/renderer/assets')).find((f) => /^searchWorker-.*\.js$/.test(f));
  if (!name) throw new Error('no searchWorker-*.js in build/renderer/assets: the web build changed');
  return new URL(`assets/${name}`, base).href;
}

function summary(label: string, values: number[]): Array<string | number> {
  return [label, values.length, quantile(values, 0.5), quantile(values, 0.95), Math.max(...values)];
}

export const browserBench: BenchSection = {
  name: 'browser',
  about: 'the web edition in Chromium on real IndexedDB: open the bench folder through the UI, then search (in-page searchArticles and the Search box)',
  async run() {
    if (!existsSync(CHROMIUM)) {
      console.log(`skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
      return;
    }
    const folder = await benchFolder();
    const built = spawnSync(process.execPath, [path.join(REPO, 'scripts/build.mjs'), '--web'], { stdio: 'ignore' });
    if (built.status !== 0) throw new Error('building the web edition failed: run node scripts/build.mjs --web');
    const probe = await writeProbe();
    const { url, server } = await startServer();
    // A profile on disk, as a user's browser has: an in-memory (incognito) context gives IndexedDB
    // a small quota, which a few thousand clippings exceed.
    const profile = path.join(folder.base, 'chromium-profile');
    const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info'] });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(url);
      await page.getByLabel('Open folder').waitFor();
      await page.addScriptTag({ url: probe });

      await callProbe(page, 'startLag');
      const heapBefore = await callProbe(page, 'heapMb');
      let heapPeak = heapBefore ?? 0;
      const sampler = setInterval(() => void callProbe(page, 'heapMb').then((mb) => (heapPeak = Math.max(heapPeak, mb ?? 0)), () => {}), 1000);
      const t0 = performance.now();
      await page.getByLabel('Open folder').setInputFiles(folder.dir);
      await page.locator('[data-import-state="finished"]').waitFor({ timeout: 3_600_000 });
      const seconds = (performance.now() - t0) / 1000;
      const lags = await callProbe(page, 'stopLag');
      const pendingAtEnd = (await callProbe(page, 'counts')).pendingSearch;
      const storedCounts = await callProbe(page, 'counts');
      const storage = await page.evaluate(async () => {
        const estimate = await navigator.storage.estimate();
        return { usageMb: (estimate.usage ?? 0) / 1048576, quotaMb: (estimate.quota ?? 0) / 1048576 };
      });
      console.log(`${folder.set.files} files, ${(folder.set.bytes / 1048576).toFixed(0)} MB; stored ${storedCounts.articles} articles, ${storedCounts.versions} versions; IndexedDB usage ${storage.usageMb.toFixed(0)} MB of a ${storage.quotaMb.toFixed(0)} MB quota`);
      printTable(['web edition import (from Open folder)', 'files', 'total s', 'files/s', 'page heap peak MB'], [
        ['all stored and listed (import panel: finished)', folder.set.files, seconds, folder.set.files / seconds, heapPeak],
      ]);
      printTable(['page main thread until finished (10 ms timer)', 'ticks', 'p50 late ms', 'p99 late ms', 'max late ms'], [
        ['lateness', lags.length, quantile(lags, 0.5), quantile(lags, 0.99), Math.max(0, ...lags)],
      ]);

      const queries = await callProbe(page, 'queries');
      printTable(['a read in the page (mean of 5)', 'ms'], Object.entries(await callProbe(page, 'readCosts')));
      const kindsOf = (t: Array<{ kind: string }>) => [...new Set(t.map((x) => x.kind))];
      const hitsOf = (t: Array<{ hits: number }>) => quantile(t.map((x) => x.hits), 0.5);

      // The search worker: what a fresh start costs (every stored text read into memory), then
      // queries as the library sends them, while the stored postings are still being built.
      const readyMs = await callProbe(page, 'memoryReady', await builtSearchWorkerUrl(url));
      await callProbe(page, 'memorySearch', queries.slice(0, 5)); // warm up
      const memory = await callProbe(page, 'memorySearch', queries);
      console.log(`search worker started after the import: every stored text read and indexed in ${(readyMs / 1000).toFixed(1)} s (what a restart costs before search answers from memory)`);
      printTable(['search worker, in-memory index (exact), right after import', 'n', 'p50 ms', 'p95 ms', 'max ms', 'median hits'], [
        ...kindsOf(memory).map((k) => [...summary(k, memory.filter((t) => t.kind === k).map((t) => t.ms)), hitsOf(memory.filter((t) => t.kind === k))]),
        [...summary('all', memory.map((t) => t.ms)), hitsOf(memory)],
      ]);

      // What a user waits for: typing a query until the table shows its exact result.
      const box = page.getByLabel('Search', { exact: true });
      const exact: number[] = [];
      const answeredBy = new Map<string, number>();
      for (const q of queries.filter((_, i) => i % Math.ceil(queries.length / UI_QUERIES) === 0)) {
        const started = performance.now();
        await box.fill(q.text);
        const idle = page.locator('[data-search-state="idle"]', { hasText: `“${q.text}”` });
        await idle.waitFor();
        exact.push(performance.now() - started);
        const by = (await idle.getAttribute('data-search-answered-by')) ?? 'none';
        answeredBy.set(by, (answeredBy.get(by) ?? 0) + 1);
      }
      printTable(['Search box: fill → exact results shown', 'n', 'p50 ms', 'p95 ms', 'max ms'], [summary(`answered by ${[...answeredBy].map(([k, n]) => `${k} ${n}`).join(', ')}`, exact)]);

      if (!process.argv.includes('--postings')) {
        console.log(`stored postings: ${pendingAtEnd} articles were waiting at finish; pass --postings to wait for them and time search on them (the fallback until the worker has loaded)`);
      } else {
        // The stored postings are built in the background after the texts are stored (SearchIndexer).
        const failed = page.locator('.search-indexing--failed');
        while ((await callProbe(page, 'counts')).pendingSearch > 0) {
          if (await failed.count()) throw new Error(`search indexing failed in the page: ${await failed.textContent()}`);
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        const indexedSeconds = (performance.now() - t0) / 1000;
        console.log(`stored postings of ${pendingAtEnd} articles built ${(indexedSeconds - seconds).toFixed(0)} s after the import finished`);
        const timings = await callProbe(page, 'search', queries);
        const firstOf = (t: ProbeSearchTiming[]) => [quantile(t.map((x) => x.firstMs), 0.5), quantile(t.map((x) => x.firstMs), 0.95)];
        const rowOf = (label: string, t: ProbeSearchTiming[]) => [...summary(label, t.map((x) => x.ms)), hitsOf(t), ...firstOf(t)];
        printTable(['stored postings (the fallback): searchArticles (exact)', 'n', 'p50 ms', 'p95 ms', 'max ms', 'median hits', 'first answer p50', 'p95'], [
          ...kindsOf(timings).map((k) => rowOf(k, timings.filter((t) => t.kind === k))),
          rowOf('all', timings),
        ]);
      }
      clearInterval(sampler);
      console.log('target (issue 4): 10,000 imported in <= 60 s on 2 cores; search p95 <= 50 ms over 10,000.');
    } finally {
      await browser.close();
      server.kill();
    }
  },
};
