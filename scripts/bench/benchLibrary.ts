/**
 * The library the import, search and sort benches share, built once per run: N generated
 * clippings imported through the real ImportService and cleaning worker pool (as Electron's
 * main process runs it), then stored through importRepository into a GleanerDb on
 * fake-indexeddb in batches of 50 (as ImportSession does in the renderer).
 */
import 'fake-indexeddb/auto';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { build } from 'esbuild';
import { cleanPoolSize } from '../../electron/main/import/cleanPoolSize';
import { ImportService } from '../../electron/main/import/ImportService';
import { WorkerPool } from '../../electron/main/import/WorkerPool';
import type { CleanTaskInput, CleanTaskOutput } from '../../electron/workers/cleanTask';
import { GleanerDb } from '../../renderer/db/GleanerDb';
import { ingestImportItems } from '../../renderer/db/repositories/importRepository';
import { indexPendingSearch } from '../../renderer/db/repositories/searchRepository';
import { benchFolder } from './benchFolder';
import type { GeneratedSet } from './generateClippings';
import { ItemLogWriter, readItemBatches } from './itemLog';

const REPO = path.resolve(import.meta.dirname, '../..');
/** ImportSession's batch: one Dexie transaction per 50 items. */
const INGEST_BATCH = 50;

export interface ImportFigures {
  cores: number;
  poolSize: number;
  seconds: number;
  items: number;
  statuses: Record<string, number>;
  /** RSS when the import started (earlier sections' heap included) and its peak during the import. */
  startRssMb: number;
  peakRssMb: number;
  lagMs: { p50: number; p99: number; max: number };
}

export interface IngestFigures {
  seconds: number;
  /** Building the stored search postings afterwards, as SearchIndexer does where the search worker cannot run. */
  indexSeconds: number;
  outcomes: Record<string, number>;
  rssMb: number;
}

export interface BenchLibrary {
  dir: string;
  set: GeneratedSet;
  generateSeconds: number;
  imported: ImportFigures;
  ingested: IngestFigures;
  db: GleanerDb;
}

let built: Promise<BenchLibrary> | null = null;

/** The shared library, built on first use (the temp folder is removed at exit). */
export function benchLibrary(): Promise<BenchLibrary> {
  built ??= buildLibrary();
  return built;
}

async function buildLibrary(): Promise<BenchLibrary> {
  const { base, dir, set, generateSeconds } = await benchFolder();
  const log = path.join(base, 'items.bin');
  const imported = await importFolder(base, dir, log);
  const t0 = performance.now();
  const db = new GleanerDb(`bench-${Date.now()}`);
  await db.open();
  const outcomes: Record<string, number> = {};
  for (const batch of readItemBatches(log, INGEST_BATCH)) {
    for (const outcome of await ingestImportItems(db, batch)) tally(outcomes, outcome.kind);
  }
  const seconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  while ((await indexPendingSearch(db)) > 0);
  const ingested = { seconds, indexSeconds: (performance.now() - t1) / 1000, outcomes, rssMb: process.memoryUsage.rss() / 1048576 };
  await rm(log, { force: true });
  return { dir, set, generateSeconds, imported, ingested, db };
}

async function importFolder(base: string, dir: string, log: string): Promise<ImportFigures> {
  // The real worker entry, bundled as scripts/build.mjs bundles it for the app.
  const workerFile = path.join(base, 'cleanWorker.cjs');
  await build({ entryPoints: [path.join(REPO, 'electron/workers/cleanWorker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  const poolSize = cleanPoolSize(availableParallelism());
  // The same settings as electron/main/main.ts.
  const pool = new WorkerPool<CleanTaskInput, CleanTaskOutput>({ file: workerFile, size: poolSize, timeoutMs: 30_000, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  const service = new ImportService({ clean: (input, transfer) => pool.run(input, transfer), concurrency: pool.size, maxFileBytes: 20 * 1024 * 1024 });
  const writer = new ItemLogWriter(log);
  const statuses: Record<string, number> = {};
  let items = 0;
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const t0 = performance.now();
  try {
    const job = service.start(dir, 'Clippings', [], {
      item: (item) => {
        items += 1;
        tally(statuses, item.status);
        writer.write(item);
        // Written to the log is this harness's "stored": acknowledged as the renderer would.
        service.stored(job.jobId, 1);
      },
      progress: () => {},
    });
    await job.done;
  } finally {
    lag.disable();
    clearInterval(sampler);
    await pool.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  await writer.close();
  const ms = (ns: number) => ns / 1e6;
  return { cores: availableParallelism(), poolSize, seconds, items, statuses, startRssMb: startRss / 1048576, peakRssMb: peakRss / 1048576, lagMs: { p50: ms(lag.percentile(50)), p99: ms(lag.percentile(99)), max: ms(lag.max) } };
}

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
