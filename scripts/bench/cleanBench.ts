/**
 * Cleaner speed and memory on the realistic set, then the same HTML pages through Mozilla
 * Readability on jsdom in the same run (issue 3 wants >= 10x faster), plus body F1 against the
 * golds that exist (seeds, readability devset) for both.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanClipping } from '../../shared/clean/cleanClipping';
import { scoreBody, titleMatches } from '../../shared/clean/testing/scoreBody';
import { loadBenchCorpus, type BenchPage } from './benchCorpus';
import { printCleanMemory } from './cleanMemory';
import { printTable, quantile, type BenchSection } from './BenchSection';

// A forced GC before each page makes "heap growth while cleaning" mean this page's allocations.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Run {
  page: BenchPage;
  ms: number;
  /** Heap growth across the call, GC forced just before: this page's allocations still uncollected at the end. */
  heap: number;
  /** Heap still held by the result after a GC: the CleanArticle itself (it carries the original). */
  retained: number;
  text: string | null;
  title: string | null;
}

function timeCleaner(page: BenchPage): Run {
  const t0 = performance.now();
  const r = cleanClipping(page.bytes, page.name);
  const ms = performance.now() - t0;
  return { page, ms, heap: 0, retained: 0, text: r.ok ? r.value.text : null, title: r.ok ? r.value.title : null };
}

/** Heap growth across a call with a GC forced before, and what the result still holds after one. */
function measureHeap(run: Run): Run {
  gc();
  const before = process.memoryUsage().heapUsed;
  const r = cleanClipping(run.page.bytes, run.page.name);
  const heap = process.memoryUsage().heapUsed - before;
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  void r;
  return { ...run, heap, retained };
}

const quiet = new VirtualConsole();

function timeReadability(page: BenchPage): Run {
  const t0 = performance.now();
  let text: string | null = null, title: string | null = null;
  try {
    // jsdom sniffs the charset from the bytes and <meta>, as a browser would; scripts stay off.
    const dom = new JSDOM(Buffer.from(page.bytes), { url: 'https://example.com/', virtualConsole: quiet });
    const parsed = new Readability(dom.window.document).parse();
    text = parsed?.textContent ?? null;
    title = parsed?.title ?? null;
    dom.window.close();
  } catch {
    text = null;
  }
  return { page, ms: performance.now() - t0, heap: 0, retained: 0, text, title };
}

const mb = (runs: Run[]): number => runs.reduce((n, r) => n + r.page.bytes.length, 0) / 1048576;
const total = (runs: Run[]): number => runs.reduce((n, r) => n + r.ms, 0);

function speedRow(label: string, runs: Run[]): Array<string | number> {
  const bytes = mb(runs) * 1048576;
  const sum = (k: 'heap' | 'retained'): number => runs.reduce((n, r) => n + r[k], 0);
  const largest = runs.reduce((a, r) => (r.page.bytes.length > a.page.bytes.length ? r : a));
  return [label, runs.length, mb(runs), quantile(runs.map((r) => r.ms), 0.5), quantile(runs.map((r) => r.ms), 0.95), runs.length / (total(runs) / 1000), sum('heap') / bytes, largest.heap / largest.page.bytes.length, sum('retained') / bytes];
}

function quality(runs: Run[]): { f1: number | string; titles: string } {
  const scored = runs.filter((r) => r.page.gold);
  if (!scored.length) return { f1: '-', titles: '-' };
  const f1 = scored.reduce((n, r) => n + scoreBody(r.text ?? '', r.page.gold!.body, r.page.gold!.optional ?? []).f1, 0) / (scored.length || 1);
  const withTitle = scored.filter((r) => r.page.gold!.title !== undefined);
  const titles = `${withTitle.filter((r) => titleMatches(r.page.gold!.title!, r.title)).length}/${withTitle.length}`;
  return { f1, titles };
}

const groupBy = (runs: Run[]): Map<string, Run[]> => {
  const m = new Map<string, Run[]>();
  for (const r of runs) m.set(r.page.set, [...(m.get(r.page.set) ?? []), r]);
  return m;
};

/** `npm run bench` section: cleaner vs Readability on the realistic set. */
export const cleanBench: BenchSection = {
  name: 'clean',
  about: 'cleanClipping per page (median/p95 ms, pages/s, heap growth / input bytes, peak live heap / input bytes in a child process), then Readability on jsdom over the same HTML pages',
  run() {
    const { source, pages } = loadBenchCorpus();
    console.log(`pages from ${source}`);
    for (const p of pages.slice(0, 10)) cleanClipping(p.bytes, p.name); // warm the JIT
    // Time all pages back to back, as a worker runs them; measure memory in a separate pass,
    // because a GC forced before a page makes it pay for regrowing the young generation.
    const mine = pages.map(timeCleaner).map(measureHeap);
    const sets = groupBy(mine);
    console.log('\ncleaner');
    printTable(['set', 'pages', 'MB', 'median ms', 'p95 ms', 'pages/s', 'heap growth/input', 'same, largest page', 'result/input'], [
      ...[...sets].map(([set, runs]) => speedRow(set, runs)),
      speedRow('all', mine),
    ]);
    console.log('heap growth = heap allocated during the call and not yet collected (GC forced before): an upper bound of the peak live heap (measured below); result = the CleanArticle held after GC');
    const failed = mine.filter((r) => r.text === null).map((r) => r.page.name);
    if (failed.length) console.log(`cleaner returned an error on: ${failed.join(', ')}`);
    printCleanMemory();

    const htmlPages = pages.filter((p) => /\.html?$/iu.test(p.name));
    if (!htmlPages.length) return;
    for (const p of htmlPages.slice(0, 3)) timeReadability(p);
    const theirs = htmlPages.map(timeReadability);
    const mineOnHtml = mine.filter((r) => /\.html?$/iu.test(r.page.name));
    console.log('\nsame HTML pages: cleaner vs Readability on jsdom');
    const rows: Array<Array<string | number>> = [];
    for (const [set, runs] of groupBy(theirs)) {
      const ours = mineOnHtml.filter((r) => r.page.set === set);
      const qOurs = quality(ours), qTheirs = quality(runs);
      rows.push([set, runs.length, quantile(ours.map((r) => r.ms), 0.5), quantile(runs.map((r) => r.ms), 0.5), total(runs) / total(ours), qOurs.f1, qTheirs.f1, qOurs.titles, qTheirs.titles]);
    }
    rows.push(['all', theirs.length, quantile(mineOnHtml.map((r) => r.ms), 0.5), quantile(theirs.map((r) => r.ms), 0.5), total(theirs) / total(mineOnHtml), '', '', '', '']);
    printTable(['set', 'pages', 'ours med ms', 'Readability med ms', 'speed ratio', 'ours F1', 'Readability F1', 'ours titles', 'Readability titles'], rows);
    console.log('speed ratio = Readability total time / cleaner total time on the same pages (target >= 10); F1 only where a gold exists');
  },
};
