/**
 * The folder of generated clippings every library bench reads, written once per run into a
 * temp folder removed at exit. Sections that only need the files (the browser bench) take it
 * from here without paying for the Node-side library that benchLibrary builds on top of it.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchClippings } from './benchSize';
import { generateClippings, type GeneratedSet } from './generateClippings';

export interface BenchFolder {
  /** The temp folder holding the clippings folder and any scratch files of the benches. */
  base: string;
  /** The clippings folder, as a user would open it. */
  dir: string;
  set: GeneratedSet;
  generateSeconds: number;
}

let written: Promise<BenchFolder> | null = null;

/** The generated clippings for this run's size (--clippings=N), written on first use. */
export function benchFolder(): Promise<BenchFolder> {
  written ??= writeFolder();
  return written;
}

async function writeFolder(): Promise<BenchFolder> {
  const base = await mkdtemp(path.join(tmpdir(), 'gleaner-bench-'));
  process.once('exit', () => rmSync(base, { recursive: true, force: true }));
  const dir = path.join(base, 'Clippings');
  const t0 = performance.now();
  const set = await generateClippings(dir, benchClippings());
  return { base, dir, set, generateSeconds: (performance.now() - t0) / 1000 };
}
