/**
 * `npm run bench` section: the web edition's import path as far as Node can run it. The real
 * runWebImport (extension and size checks, File.arrayBuffer, SHA-256 through crypto.subtle) with
 * one lane whose cleaner is cleanClipping called in this thread: a browser runs the same
 * function in renderer/workers/cleanWorker.ts, a Web Worker Node does not have.
 */
import { openAsBlob, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_EXTENSIONS, type ImportItem } from '../../shared/ipc/contract';
import { cleanFile } from '../../renderer/workers/cleanFile';
import type { PickedFile } from '../../renderer/platform/web/PickedFile';
import { runWebImport, type CleanFn } from '../../renderer/platform/web/runWebImport';
import { benchLibrary } from './benchLibrary';
import { printTable, type BenchSection } from './BenchSection';

/** Enough files for a steady rate; the whole set at 10,000 would add minutes and say nothing new. */
const MAX_FILES = 2000;

async function pickFolder(dir: string): Promise<PickedFile[]> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => statSync(path.join(dir, n)).isFile()).sort().slice(0, MAX_FILES);
  // openAsBlob reads lazily, like a File from the directory picker.
  return Promise.all(names.map(async (name) => {
    const absolute = path.join(dir, name);
    const blob = await openAsBlob(absolute);
    return { path: name.replaceAll('\\', '/'), file: new File([blob], path.basename(name), { lastModified: statSync(absolute).mtimeMs }) };
  }));
}

export const webImportBench: BenchSection = {
  name: 'web import',
  about: 'the web edition: runWebImport (read, SHA-256 via crypto.subtle, clean) with one in-thread cleaning lane',
  async run() {
    const lib = await benchLibrary();
    const files = await pickFolder(lib.dir);
    const clean: CleanFn = (file, fileName) => cleanFile(file, fileName);
    const statuses: Record<string, number> = {};
    const t0 = performance.now();
    await runWebImport(
      { jobId: 'bench', root: 'Clippings', files, extensions: new Set(DEFAULT_EXTENSIONS) },
      { cleaners: [clean], onItem: (item: ImportItem) => (statuses[item.status] = (statuses[item.status] ?? 0) + 1), onProgress: () => {}, signal: new AbortController().signal },
    );
    const seconds = (performance.now() - t0) / 1000;
    const electronRate = lib.imported.items / lib.imported.seconds;
    console.log(`${files.length} of the ${lib.set.files} bench files; items: ${Object.entries(statuses).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    printTable(['path', 'files', 'total s', 'files/s'], [
      ['web: runWebImport, 1 in-thread lane', files.length, seconds, files.length / seconds],
      [`electron: ImportService, ${lib.imported.poolSize} worker(s) (section import)`, lib.imported.items, lib.imported.seconds, electronRate],
    ]);
    console.log('Not the browser itself: Node cannot start renderer/workers/cleanWorker.ts as a Web Worker, so cleaning runs in this thread, one file at a time;');
    console.log('the browser adds the postMessage transfer per file and runs min(4, cores) worker lanes (2 on 2 cores); section browser measures it there. Storing goes through the same ImportSession + importRepository as section import (b).');
  },
};
