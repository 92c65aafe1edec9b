/**
 * The clean bench's memory pass: peak live heap during one cleanClipping call per page, in a
 * child process (cleanMemoryProbe.ts) that forces a full GC at every stage boundary.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CleanStage } from '../../shared/clean/cleanClipping';
import { printTable, quantile } from './BenchSection';
import type { MemoryProbeRow } from './cleanMemoryProbe';

/**
 * --expose-gc for the forced GCs; bytecode kept (flushing it on GC age frees 100+ KB at random
 * moments); the JIT tiers off, because optimized code installed and discarded in the background
 * moves the old space by ±200 KB between samples, more than a small page's whole peak. The data
 * structures the cleaner builds are the same in the interpreter.
 */
const PROBE_NODE_FLAGS = ['--expose-gc', '--no-flush-bytecode', '--no-opt', '--no-maglev', '--no-sparkplug', '--import', 'tsx'];

/** Pages at least this big get their own row: below it, fixed costs (regex state, small tables) dominate the ratio. */
const LARGE_PAGE = 100 * 1024;

const peakOf = (r: MemoryProbeRow): { bytes: number; stage: CleanStage | 'result' } => {
  let best: { bytes: number; stage: CleanStage | 'result' } = { bytes: r.result, stage: 'result' };
  for (const [stage, bytes] of Object.entries(r.stages) as Array<[CleanStage, number]>) if (bytes > best.bytes) best = { bytes, stage };
  return best;
};

/** Runs the probe and returns its rows, or null (with the reason printed) when it failed. */
function runProbe(): MemoryProbeRow[] | null {
  const root = join(import.meta.dirname, '..', '..');
  const child = spawnSync(process.execPath, [...PROBE_NODE_FLAGS, join(import.meta.dirname, 'cleanMemoryProbe.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) {
    console.log(`memory probe failed (exit ${child.status}): ${child.stderr.slice(0, 2000)}`);
    return null;
  }
  return child.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as MemoryProbeRow);
}

function row(label: string, rows: MemoryProbeRow[]): Array<string | number> {
  if (!rows.length) return [label, 0, '-', '-', '-', '-', '-', '-'];
  const ratios = rows.map((r) => ({ r, ratio: peakOf(r).bytes / r.bytes }));
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const stages = new Map<string, number>();
  for (const r of rows) stages.set(peakOf(r).stage, (stages.get(peakOf(r).stage) ?? 0) + 1);
  const commonStage = [...stages].sort((a, b) => b[1] - a[1])[0]![0];
  const over = ratios.filter((x) => x.ratio > 10).length;
  return [label, rows.length, quantile(ratios.map((x) => x.ratio), 0.5), quantile(ratios.map((x) => x.ratio), 0.9), worst.ratio, `${worst.r.name} (${Math.round(worst.r.bytes / 1024)} KB)`, over, commonStage, quantile(rows.map((r) => r.result / r.bytes), 0.5)];
}

/** Prints peak live heap / input bytes per set (median, p90, max), and the same for large pages. */
export function printCleanMemory(): void {
  const rows = runProbe();
  if (!rows) return;
  const sets = new Map<string, MemoryProbeRow[]>();
  for (const r of rows) sets.set(r.set, [...(sets.get(r.set) ?? []), r]);
  console.log('\ncleaner memory: peak live heap during one call / input bytes');
  printTable(['set', 'pages', 'median', 'p90', 'max', 'max on', '>10x', 'peak stage', 'result/input'], [
    ...[...sets].map(([set, rs]) => row(set, rs)),
    row('all', rows),
    row(`all >= ${LARGE_PAGE / 1024} KB`, rows.filter((r) => r.bytes >= LARGE_PAGE)),
  ]);
  console.log(
    'peak = the largest live heap (full GC forced, code spaces left out) at the stage boundaries decode, tree, segments, parse, select, metadata, assemble and after return, ' +
      'minus the live heap before the call; each sample is taken while that stage\'s data is still referenced. Input = the bytes handed to cleanClipping (off-heap, so in neither figure). ' +
      'Transient garbage inside a stage is not counted: it is collectable. result = the CleanArticle held after return (it carries the decoded original).',
  );
}
