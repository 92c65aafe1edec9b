/**
 * `npm run bench [-- SECTION...] [--quick | --clippings=N]`: prints figures, asserts nothing (tests never assert timings).
 * Each section lives in scripts/bench/ and is listed here; add yours (import, search, reader …)
 * to SECTIONS. Name sections on the command line to run only those.
 */
import { browserBench } from './bench/browserBench';
import { cleanBench } from './bench/cleanBench';
import type { BenchSection } from './bench/BenchSection';
import { importBench } from './bench/importBench';
import { readerBench } from './bench/readerBench';
import { searchBench } from './bench/searchBench';
import { seedQualityBench } from './bench/seedQualityBench';
import { sortFilterBench } from './bench/sortFilterBench';
import { webImportBench } from './bench/webImportBench';

// import, search, sort and web import share one generated library (bench/benchLibrary.ts),
// built by the first of them that runs; --clippings=N or --quick sets its size (bench/benchSize.ts).
const SECTIONS: BenchSection[] = [seedQualityBench, cleanBench, importBench, searchBench, sortFilterBench, webImportBench, browserBench, readerBench];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const section of SECTIONS) {
  if (wanted.length && !wanted.some((w) => section.name.includes(w))) continue;
  console.log(`\n== ${section.name}: ${section.about}`);
  const t0 = performance.now();
  await section.run();
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
