/** `npm run bench` section: a generated folder through the Electron import path, then into IndexedDB. */
import { benchLibrary } from './benchLibrary';
import { ISSUE_CLIPPINGS } from './benchSize';
import { printTable, type BenchSection } from './BenchSection';

const counts = (c: Record<string, number>): string => Object.entries(c).map(([k, n]) => `${k} ${n}`).join(', ');

export const importBench: BenchSection = {
  name: 'import',
  about: 'generated clippings: ImportService + worker_threads pool (walk, read, hash, clean) as main runs it, then importRepository into fake-indexeddb in batches of 50, then the search postings',
  async run() {
    const lib = await benchLibrary();
    const { set, imported: a, ingested: b } = lib;
    const n = set.files;
    console.log(`${n} clippings${n === ISSUE_CLIPPINGS ? '' : ` (issue 4 asks for ${ISSUE_CLIPPINGS}; run with --clippings=${ISSUE_CLIPPINGS})`}, ${(set.bytes / 1048576).toFixed(0)} MB, average ${(set.bytes / n / 1024).toFixed(1)} KB, written in ${lib.generateSeconds.toFixed(1)} s`);
    console.log(`  kinds: ${counts(set.byKind)}; encodings: ${counts(set.byEncoding)}`);
    console.log(`(a) main-process import: ${a.poolSize} cleaning worker(s) (cleanPoolSize on ${a.cores} cores, as main.ts sizes it), items: ${counts(a.statuses)}`);
    console.log(`(b) ingestion: outcomes ${counts(b.outcomes)}`);
    printTable(['stage', 'items', 'total s', 'items/s', 'RSS at start MB', 'peak RSS MB', 'loop lag p50 ms', 'p99 ms', 'max ms'], [
      ['(a) import (walk+read+hash+clean)', a.items, a.seconds, a.items / a.seconds, a.startRssMb, a.peakRssMb, a.lagMs.p50, a.lagMs.p99, a.lagMs.max],
      ['(b) ingest into IndexedDB', a.items, b.seconds, a.items / b.seconds, '', b.rssMb, '-', '-', '-'],
      ['(c) build search postings after', a.items, b.indexSeconds, a.items / b.indexSeconds, '', '', '-', '-', '-'],
      ['(a)+(b), run one after the other', a.items, a.seconds + b.seconds, a.items / (a.seconds + b.seconds), '', '', '', '', ''],
    ]);
    const projected = ((a.seconds + b.seconds) * ISSUE_CLIPPINGS) / Math.max(1, a.items);
    console.log(`target: 10,000 in <= 60 s; at this rate 10,000 would take ~${projected.toFixed(0)} s (linear projection).`);
    console.log('In the app (a) and (b) overlap: main streams items while the renderer stores them, so the wall time is nearer the larger of the two.');
    console.log('(c) is what SearchIndexer does in the background where the search worker cannot run (the stored postings are its fallback). `npm run bench -- browser` measures import and the worker in Chromium.');
    console.log('(b) runs on fake-indexeddb (pure JS, in memory, this thread): Chromium\'s IndexedDB is native and writes off the page\'s thread; read it as an upper bound. Its RSS column is the process RSS after storing (the database lives in it).');
  },
};
