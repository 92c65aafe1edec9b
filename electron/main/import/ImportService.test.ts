import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportItem, ImportProgress } from '../../../shared/ipc/contract';
import type { CleanTaskInput, CleanTaskOutput } from '../../workers/cleanTask';
import { clippingExtensions, ImportService, type ImportServiceOptions } from './ImportService';
import { WorkerPool, type PoolOutcome } from './WorkerPool';

const repo = path.resolve(import.meta.dirname, '../../..');
const samples = path.join(repo, 'assets', 'samples');
let base: string;
let root: string;
let workerFile: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'gleaner-import-'));
  root = path.join(base, 'Clippings');
  await mkdir(path.join(root, 'sub'), { recursive: true });
  for (const name of await readdir(samples)) await copyFile(path.join(samples, name), path.join(root, 'sub', name));
  await writeFile(path.join(root, 'note.md'), '# A note\n\nSome text.');
  await writeFile(path.join(root, 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  execFileSync('mkfifo', [path.join(root, 'pipe.html')]);
  // The real worker entry, bundled the way scripts/build.mjs bundles it.
  workerFile = path.join(base, 'cleanWorker.cjs');
  await build({ entryPoints: [path.join(repo, 'electron/workers/cleanWorker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
});
afterAll(() => rm(base, { recursive: true, force: true }));

async function runJob(options: Partial<ImportServiceOptions> & Pick<ImportServiceOptions, 'clean'>, cancelAfterFirst = false) {
  const service = new ImportService({ concurrency: 2, maxFileBytes: 20 * 1024 * 1024, progressIntervalMs: 0, ...options });
  const items: ImportItem[] = [];
  const progress: ImportProgress[] = [];
  const job = service.start(root, 'Clippings', [], {
    item: (item) => {
      items.push(item);
      if (cancelAfterFirst && items.length === 1) service.cancel(job.jobId);
    },
    progress: (p) => progress.push(p),
  });
  await job.done;
  return { items, progress, jobId: job.jobId };
}

describe('ImportService with the real cleaning worker', () => {
  it('reports every entry once, hashes the original bytes and ends with a finished progress', async () => {
    const pool = new WorkerPool<CleanTaskInput, CleanTaskOutput>({ file: workerFile, size: 2, timeoutMs: 30_000, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    try {
      const { items, progress, jobId } = await runJob({ clean: (input, transfer) => pool.run(input, transfer) });
      const paths = items.map((i) => i.path).sort();
      const sampleNames = (await readdir(samples)).map((n) => `sub/${n}`);
      expect(paths).toEqual(['note.md', 'photo.png', 'pipe.html', ...sampleNames].sort());
      expect(items.every((i) => i.jobId === jobId && i.root === 'Clippings')).toBe(true);
      expect(items.find((i) => i.path === 'pipe.html')).toMatchObject({ status: 'skipped' });
      expect(items.find((i) => i.path === 'photo.png')).toMatchObject({ status: 'skipped', reason: 'not a clipping type (.png)' });
      for (const item of items.filter((i) => i.path.startsWith('sub/'))) {
        const bytes = await readFile(path.join(root, item.path));
        expect(item.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(item.size).toBe(bytes.length);
        // Whatever the cleaner decides, the outcome is typed: an article, or an error with a code.
        expect(item.status === 'imported' ? item.article?.cleanerVersion : item.error?.code).toBeTruthy();
      }
      const last = progress.at(-1);
      expect(last).toMatchObject({ finished: true, cancelled: false, done: items.length, total: items.length });
    } finally {
      await pool.close();
    }
  });
});

describe('ImportService', () => {
  const cleanOk = async (input: CleanTaskInput): Promise<PoolOutcome<CleanTaskOutput>> => ({
    ok: true,
    value: { sha256: 'x', result: { ok: false, error: { code: 'empty', message: `${input.fileName} is empty` } } },
  });

  it('turns a worker timeout into a failed item with code "timeout"', async () => {
    const { items } = await runJob({ clean: async () => ({ ok: false, code: 'timeout', message: 'Took longer than 30000 ms.' }) });
    const note = items.find((i) => i.path === 'note.md');
    expect(note).toMatchObject({ status: 'failed', error: { code: 'timeout' } });
    expect(note?.reason).toMatch(/took too long/);
  });

  it('turns a worker crash into a failed item with code "crashed" and goes on', async () => {
    let calls = 0;
    const { items } = await runJob({ clean: async (input) => (++calls === 1 ? { ok: false, code: 'crashed', message: 'exit 3' } : cleanOk(input)), concurrency: 1 });
    const cleaned = items.filter((i) => i.error?.code === 'crashed' || i.error?.code === 'empty');
    expect(cleaned.filter((i) => i.error?.code === 'crashed')).toHaveLength(1);
    expect(cleaned.length).toBeGreaterThan(1);
  });

  it('stops reading files after cancel and says so in the last progress', async () => {
    const read: string[] = [];
    const { items, progress } = await runJob(
      { concurrency: 1, clean: async (input) => (read.push(input.fileName), cleanOk(input)) },
      true,
    );
    const last = progress.at(-1);
    expect(last).toMatchObject({ finished: true, cancelled: true });
    expect(last?.done).toBeLessThan(last?.total ?? 0);
    expect(read.length).toBeLessThan(6);
    expect(items.length).toBe(last?.done);
  });

  it('reads no further ahead of the renderer than its window, and goes on as the renderer stores', async () => {
    const service = new ImportService({ concurrency: 1, maxFileBytes: 20 * 1024 * 1024, progressIntervalMs: 0, clean: cleanOk, window: 3 });
    const items: ImportItem[] = [];
    const job = service.start(root, 'Clippings', [], { item: (i) => items.push(i), progress: () => {} });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    await settle();
    // The two entries the walk refused (photo.png, pipe.html) and one file read: three unstored.
    expect(items).toHaveLength(3);
    service.stored(job.jobId, 3);
    await settle();
    expect(items).toHaveLength(6);
    const acknowledging = setInterval(() => service.stored(job.jobId, 100), 10);
    await job.done;
    clearInterval(acknowledging);
    expect(items.length).toBe(new Set(items.map((i) => i.path)).size);
    expect(items.length).toBeGreaterThan(6);
  });

  it('sends exactly one finished progress, after the last item, even with the default throttle', async () => {
    // The renderer closes a job on `finished`: an item arriving after it would be lost.
    const service = new ImportService({ concurrency: 3, maxFileBytes: 20 * 1024 * 1024, clean: cleanOk });
    const log: string[] = [];
    await service.start(root, 'Clippings', [], { item: (i) => log.push(`item ${i.path}`), progress: (p) => log.push(p.finished ? `finished ${p.done}/${p.total}` : 'progress') }).done;
    const items = log.filter((entry) => entry.startsWith('item ')).length;
    expect(log.filter((entry) => entry.startsWith('finished'))).toEqual([`finished ${items}/${items}`]);
    expect(log.at(-1)).toBe(`finished ${items}/${items}`);
  });

  it('reports a folder that cannot be opened as one failed item', async () => {
    const service = new ImportService({ concurrency: 1, maxFileBytes: 1024, clean: cleanOk, progressIntervalMs: 0 });
    const items: ImportItem[] = [];
    const progress: ImportProgress[] = [];
    await service.start(path.join(base, 'nope'), 'nope', [], { item: (i) => items.push(i), progress: (p) => progress.push(p) }).done;
    expect(items).toEqual([expect.objectContaining({ path: '.', status: 'failed', reason: 'The folder cannot be opened (ENOENT).' })]);
    expect(progress.at(-1)).toMatchObject({ finished: true });
  });

  it('adds extra extensions to the defaults, normalized', () => {
    const set = clippingExtensions(['.EML', 'rst', '']);
    expect(set.has('eml') && set.has('rst') && set.has('html')).toBe(true);
    expect(set.has('')).toBe(false);
  });
});
