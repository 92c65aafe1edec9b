import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_EXTENSIONS, type ImportItem, type ImportProgress } from '../../../shared/ipc/contract';
import { IMPORT_WINDOW, ImportWindow } from '../../../shared/ipc/ImportWindow';
import type { CleanTaskInput, CleanTaskOutput } from '../../workers/cleanTask';
import { ProgressThrottle } from './ProgressThrottle';
import { readClippingFile } from './readClippingFile';
import { walkFolder, type WalkedFile, type WalkResult } from './walkFolder';
import type { PoolOutcome } from './WorkerPool';

/** Where a job's results go (in the app: webContents.send to the window that asked). */
export interface ImportSink {
  item(item: ImportItem): void;
  progress(progress: ImportProgress): void;
}

export interface ImportServiceOptions {
  /** Runs one cleaning task (in the app: a WorkerPool over cleanWorker). */
  clean: (input: CleanTaskInput, transfer: ArrayBuffer[]) => Promise<PoolOutcome<CleanTaskOutput>>;
  /** Files read and cleaned at once; the pool's size, so at most that many files sit in memory. */
  concurrency: number;
  maxFileBytes: number;
  progressIntervalMs?: number;
  /** Items a job may have sent but the renderer not yet stored (see ImportWindow). */
  window?: number;
}

interface Job {
  id: string;
  abort: AbortController;
  done: Promise<void>;
  flow: ImportWindow;
}

const nodeTimers = (fn: () => void, ms: number) => {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
};

/**
 * Imports folders: walk (nothing read), then read, hash and clean each file in the worker pool,
 * streaming one ImportItem per entry and throttled progress. Plain Node, so it is tested
 * without Electron. Jobs start on the next turn so the caller gets the job id before any event.
 */
export class ImportService {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly options: ImportServiceOptions) {}

  start(rootPath: string, rootName: string, extraExtensions: readonly string[], sink: ImportSink): { jobId: string; done: Promise<void> } {
    const id = randomUUID();
    const abort = new AbortController();
    const flow = new ImportWindow(this.options.window ?? IMPORT_WINDOW, nodeTimers);
    const done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.run(id, rootPath, rootName, extraExtensions, abort.signal, sink, flow))
      .finally(() => this.jobs.delete(id));
    this.jobs.set(id, { id, abort, done, flow });
    return { jobId: id, done };
  }

  /** The renderer stored `count` of a job's items: its lanes may run that much further ahead. */
  stored(jobId: string, count: number): void {
    this.jobs.get(jobId)?.flow.stored(count);
  }

  /** Stops a job: files not yet started are not read; true when the job was running. */
  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    job?.abort.abort();
    return job !== undefined;
  }

  private async run(jobId: string, rootPath: string, root: string, extra: readonly string[], signal: AbortSignal, sink: ImportSink, flow: ImportWindow): Promise<void> {
    const started = Date.now();
    const throttle = new ProgressThrottle(this.options.progressIntervalMs ?? 100);
    let done = 0;
    let total = 0;
    const progress = (current: string | null, final: boolean) => {
      if (!throttle.shouldEmit(final)) return;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      sink.progress({ jobId, done, total, currentPath: current, rate: done / seconds, finished: final, cancelled: signal.aborted });
    };
    const report = (item: Omit<ImportItem, 'jobId' | 'root'>) => {
      done += 1;
      flow.sent();
      sink.item({ jobId, root, ...item });
      progress(item.path, false);
    };

    let walk: WalkResult;
    try {
      walk = await walkFolder(rootPath, { extensions: clippingExtensions(extra), maxFileBytes: this.options.maxFileBytes, signal });
    } catch (error) {
      total = 1;
      report({ path: '.', status: 'failed', reason: `The folder cannot be opened (${(error as { code?: string }).code ?? 'error'}).` });
      progress(null, true);
      return;
    }
    total = walk.files.length + walk.issues.length;
    for (const issue of walk.issues) {
      report(
        { path: issue.relativePath, status: issue.status, reason: issue.reason, ...(issue.tooLarge ? { error: { code: 'too-large', message: issue.reason } } : {}) },
      );
    }

    let next = 0;
    const runner = async () => {
      while (!signal.aborted && next < walk.files.length) {
        // Read and clean no further ahead of what the renderer has stored than the window allows.
        await flow.room(signal);
        if (signal.aborted || next >= walk.files.length) break;
        const file = walk.files[next++] as WalkedFile;
        report(await this.importOne(file));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency) }, runner));
    progress(null, true);
  }

  private async importOne(file: WalkedFile): Promise<Omit<ImportItem, 'jobId' | 'root'>> {
    const base = { path: file.relativePath };
    const read = await readClippingFile(file.absolutePath, this.options.maxFileBytes);
    if (!read.ok) {
      return { ...base, status: read.status, reason: read.reason, ...(read.tooLarge ? { error: { code: 'too-large', message: read.reason } } : {}) };
    }
    const input: CleanTaskInput = { bytes: read.bytes, fileName: path.basename(file.absolutePath), maxBytes: this.options.maxFileBytes };
    const outcome = await this.options.clean(input, [read.bytes.buffer as ArrayBuffer]);
    const meta = { size: read.size, mtime: Math.round(read.mtimeMs) };
    if (!outcome.ok) {
      const code = outcome.code === 'closed' ? 'internal' : outcome.code;
      const message = outcome.code === 'timeout' ? `Cleaning took too long and was stopped. ${outcome.message}` : `Cleaning failed: ${outcome.message}`;
      return { ...base, ...meta, status: 'failed', reason: message, error: { code, message } };
    }
    const { sha256, result } = outcome.value;
    if (!result.ok) return { ...base, ...meta, sha256, status: 'failed', reason: result.error.message, error: result.error };
    return { ...base, ...meta, sha256, status: 'imported', article: result.value };
  }
}

/** The default clipping extensions plus the user's extras (any case, with or without a dot). */
export function clippingExtensions(extra: readonly string[]): ReadonlySet<string> {
  return new Set([...DEFAULT_EXTENSIONS, ...extra.map((e) => e.replace(/^\./, '').toLowerCase()).filter(Boolean)]);
}
