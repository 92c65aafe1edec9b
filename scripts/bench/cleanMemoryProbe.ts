/**
 * Child process of the clean bench's memory pass (run by cleanMemory.ts with the flags in
 * PROBE_NODE_FLAGS): for each bench page, the live heap at every stage boundary of one
 * cleanClipping call, as JSON lines. A separate process so forced GCs, the flags and the
 * Readability run cannot disturb each other.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { cleanClipping, type CleanStage } from '../../shared/clean/cleanClipping';
import { loadBenchCorpus, type BenchPage } from './benchCorpus';

/** One page's figures; heap values are bytes above the live heap before the call. */
export interface MemoryProbeRow {
  set: string;
  name: string;
  bytes: number;
  /** Live heap (GC forced) at each stage boundary, while that stage's data is still referenced. */
  stages: Partial<Record<CleanStage, number>>;
  /** Live heap after the call returned, the CleanArticle still held. */
  result: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
/**
 * Live bytes in the data spaces after a full GC. Code spaces are left out: optimized code being
 * installed and thrown away on a background schedule moves them by ±100 KB between samples,
 * noise that would swamp a 50 KB page.
 */
const live = (): number => {
  gc();
  let used = 0;
  for (const s of getHeapSpaceStatistics()) if (!s.space_name.startsWith('code') && s.space_name !== 'read_only_space') used += s.space_used_size;
  return used;
};

const RESET_LAST_MATCH = /(?:)/u;

const { pages } = loadBenchCorpus();
// Warm up over every page: bytecode, feedback vectors, lazily built tables (the GBK map) and
// interned strings then sit in the baseline instead of in the first page that needs them.
for (const p of pages) cleanClipping(p.bytes, p.name);

/** In its own function so nothing of the previous page (its result in a stale register) is in the baseline. */
function probe(page: BenchPage): MemoryProbeRow {
  const stages: MemoryProbeRow['stages'] = {};
  // The engine keeps the subject of the last regex match alive (RegExp.lastMatch): often the
  // previous page's text, which this call would then release and count as negative growth.
  RESET_LAST_MATCH.exec('');
  // The input is an off-heap buffer, so it is in neither the baseline nor the figures.
  const base = live();
  const r = cleanClipping(page.bytes, page.name, { onStage: (s) => (stages[s] = live() - base) });
  const result = live() - base;
  if (!r.ok) stages.decode ??= 0;
  return { set: page.set, name: page.name, bytes: page.bytes.length, stages, result };
}

/**
 * A full GC still leaves the live-heap figure ±50–100 KB from run to run (new-space survivors,
 * allocation-site feedback), noise that swamps a page of a few KB: each page is probed three
 * times and each figure is the median of the three.
 */
const RUNS = 3;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function probeMedian(page: BenchPage): MemoryProbeRow {
  const runs = Array.from({ length: RUNS }, () => probe(page));
  const stages: MemoryProbeRow['stages'] = {};
  for (const stage of Object.keys(runs[0]!.stages) as CleanStage[]) stages[stage] = median(runs.map((r) => r.stages[stage] ?? 0));
  return { ...runs[0]!, stages, result: median(runs.map((r) => r.result)) };
}

for (const p of pages) process.stdout.write(`${JSON.stringify(probeMedian(p))}\n`);
