import type { ImportItem, ImportProgress } from '../../../shared/ipc/contract';
import type { FileCleanOutcome } from '../../workers/cleanFile';
import type { PickedFile } from './PickedFile';

export { MAX_FILE_BYTES } from '../../workers/cleanFile';

/** Reads, hashes and cleans one file; a slot runs one file at a time and may be replaced after a timeout. */
export type CleanFn = (file: Blob, fileName: string) => Promise<FileCleanOutcome>;

export interface WebImportJob {
  jobId: string;
  root: string;
  files: PickedFile[];
  /** Lower-case extensions without the dot. */
  extensions: ReadonlySet<string>;
}

export interface WebImportDeps {
  /** One cleaner per parallel lane. */
  cleaners: CleanFn[];
  onItem(item: ImportItem): void;
  onProgress(progress: ImportProgress): void;
  signal: AbortSignal;
  now?: () => number;
  /** Resolves when the store has room for another item (see ImportWindow); absent: no waiting. */
  room?: () => Promise<void>;
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

async function importOne(job: WebImportJob, picked: PickedFile, clean: CleanFn): Promise<ImportItem> {
  // Size and date come back from the worker with the rest: the page never reads the file.
  const base = { jobId: job.jobId, root: job.root, path: picked.path };
  const ext = extensionOf(picked.path);
  if (!job.extensions.has(ext)) return { ...base, status: 'skipped', reason: ext ? `Not a clipping type (.${ext}).` : 'No file extension.' };
  if (picked.unreadable) return { ...base, status: 'failed', reason: `Could not be read: ${picked.unreadable}` };
  const outcome = await clean(picked.file, picked.path.slice(picked.path.lastIndexOf('/') + 1));
  switch (outcome.kind) {
    case 'unreadable':
      return { ...base, status: 'failed', reason: `Could not be read: ${outcome.message}` };
    case 'failed':
      return { ...base, status: 'failed', reason: outcome.error.message, error: outcome.error };
    case 'too-large': {
      const mb = (outcome.size / 1024 / 1024).toFixed(0);
      return { ...base, size: outcome.size, mtime: outcome.mtime, status: 'failed', reason: `Over the 20 MB limit (${mb} MB); not read.`, error: { code: 'too-large', message: `Over the 20 MB limit (${mb} MB).` } };
    }
    case 'cleaned': {
      const { size, mtime, sha256, result } = outcome;
      if (!result.ok) return { ...base, size, mtime, sha256, status: 'failed', reason: result.error.message, error: result.error };
      return { ...base, size, mtime, sha256, status: 'imported', article: result.value };
    }
  }
}

/**
 * Imports picked files: filter by extension and size, hash, clean (one lane per cleaner),
 * and report each file and the progress as soon as known. Cancel stops taking new files;
 * the ones already being cleaned still report.
 */
export async function runWebImport(job: WebImportJob, deps: WebImportDeps): Promise<void> {
  const now = deps.now ?? Date.now;
  const started = now();
  const total = job.files.length;
  let next = 0;
  let done = 0;
  const progress = (currentPath: string | null, finished: boolean) => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    deps.onProgress({ jobId: job.jobId, done, total, currentPath, rate: done / seconds, finished, cancelled: deps.signal.aborted });
  };
  progress(null, total === 0);
  if (total === 0) return;

  const lane = async (clean: CleanFn) => {
    while (!deps.signal.aborted && next < total) {
      // Cleaning no further ahead of storing than the store allows: cleaned items wait in memory.
      if (deps.room) await deps.room();
      if (deps.signal.aborted || next >= total) break;
      const picked = job.files[next++]!;
      progress(picked.path, false);
      let item: ImportItem;
      try {
        item = await importOne(job, picked, clean);
      } catch (e) {
        item = { jobId: job.jobId, root: job.root, path: picked.path, status: 'failed', reason: e instanceof Error ? e.message : String(e) };
      }
      done += 1;
      deps.onItem(item);
    }
  };
  await Promise.all(deps.cleaners.map(lane));
  progress(null, true);
}
