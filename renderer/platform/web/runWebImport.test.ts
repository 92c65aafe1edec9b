import { describe, expect, it } from 'vitest';
import type { ImportItem, ImportProgress } from '../../../shared/ipc/contract';
import { DEFAULT_EXTENSIONS } from '../../../shared/ipc/contract';
import { cleanFile } from '../../workers/cleanFile';
import type { PickedFile } from './PickedFile';
import { MAX_FILE_BYTES, runWebImport, type CleanFn } from './runWebImport';
import { ImportWindow } from '../../../shared/ipc/ImportWindow';

// The bundled samples are UTF-8 text, so their raw strings re-encode to the exact bytes.
// (Renderer code may not import node:fs, tests included; Vite's glob reads them instead.)
const samples = import.meta.glob<string>('../../../assets/samples/*.txt', { query: '?raw', import: 'default', eager: true });
const realClean: CleanFn = (file, name) => cleanFile(file, name);

function picked(p: string, content: BlobPart[]): PickedFile {
  return { path: p, file: new File(content, p.split('/').pop()!) };
}

async function run(files: PickedFile[], cleaners: CleanFn[] = [realClean, realClean], signal = new AbortController().signal) {
  const items: ImportItem[] = [];
  const progress: ImportProgress[] = [];
  await runWebImport(
    { jobId: 'j1', root: 'clips', files, extensions: new Set(DEFAULT_EXTENSIONS) },
    { cleaners, onItem: (i) => items.push(i), onProgress: (p) => progress.push(p), signal },
  );
  return { items, progress };
}

describe('runWebImport', () => {
  it('imports the sample clippings with their SHA-256 and the cleaner’s article', async () => {
    const files = Object.entries(samples).map(([p, text]) => picked(`samples/${p.split('/').pop()}`, [new TextEncoder().encode(text)]));
    const { items, progress } = await run(files);
    expect(items).toHaveLength(5);
    expect(items.every((i) => i.status === 'imported' && /^[0-9a-f]{64}$/.test(i.sha256 ?? ''))).toBe(true);
    expect(items.map((i) => i.article?.title)).toContain('北极会议登场 美俄外长首次面对面会谈');
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5, finished: true, cancelled: false, currentPath: null });
  });

  it('skips other extensions, refuses files over the cap unread, and reports cleaner failures per file', async () => {
    const huge = { path: 'huge.html', file: { name: 'huge.html', size: MAX_FILE_BYTES + 1, lastModified: 0, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File };
    const pdf = picked('fake.html', [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0x02])]);
    const { items } = await run([picked('photo.png', ['x']), huge, pdf, picked('ok.md', ['# Title\n\nA paragraph of text that is long enough to keep.'])]);
    const byPath = new Map(items.map((i) => [i.path, i]));
    expect(byPath.get('photo.png')).toMatchObject({ status: 'skipped', reason: 'Not a clipping type (.png).' });
    expect(byPath.get('huge.html')).toMatchObject({ status: 'failed', error: { code: 'too-large' } });
    expect(byPath.get('fake.html')?.status).toBe('failed');
    expect(byPath.get('fake.html')?.reason).toBeTruthy();
    expect(byPath.get('ok.md')?.status).toBe('imported');
  });

  it('stops taking files once cancelled and says so', async () => {
    const controller = new AbortController();
    const cancelling: CleanFn = async (file, name) => {
      controller.abort();
      return cleanFile(file, name);
    };
    const files = ['a.txt', 'b.txt', 'c.txt'].map((p) => picked(p, ['Some text for the cleaner to keep as a paragraph.']));
    const { items, progress } = await run(files, [cancelling], controller.signal);
    expect(items).toHaveLength(1);
    expect(progress.at(-1)).toMatchObject({ done: 1, total: 3, finished: true, cancelled: true });
  });

  it('finishes at once for an empty folder', async () => {
    const { items, progress } = await run([]);
    expect(items).toEqual([]);
    expect(progress).toEqual([expect.objectContaining({ done: 0, total: 0, finished: true })]);
  });
});

describe('runWebImport with a store that limits how far cleaning runs ahead', () => {
  it('cleans no file past the window until the store acknowledges, then finishes every file', async () => {
    const flow = new ImportWindow(2, (fn, ms) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    }, 60_000);
    const items: ImportItem[] = [];
    let cleaned = 0;
    const counting: CleanFn = async (file, name) => {
      cleaned++;
      return realClean(file, name);
    };
    const files = Array.from({ length: 5 }, (_, i) => picked(`f${i}.txt`, [`Title ${i}\n\nBody text number ${i}, long enough to be an article paragraph.`]));
    const done = runWebImport(
      { jobId: 'j1', root: 'clips', files, extensions: new Set(DEFAULT_EXTENSIONS) },
      { cleaners: [counting], onItem: (i) => (flow.sent(), items.push(i)), onProgress: () => {}, signal: new AbortController().signal, room: () => flow.room() },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cleaned).toBe(2);
    flow.stored(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cleaned).toBe(4);
    flow.stored(2);
    await done;
    expect(items.map((i) => i.path)).toEqual(files.map((f) => f.path));
  });
});
