import type { FileCleanOutcome } from '../../workers/cleanFile';
import type { CleanRequest, CleanResponse } from '../../workers/cleanWorkerProtocol';
import type { CleanFn } from './runWebImport';

/** Per-file budget: a 15 MB clipping cleans well within it; a pathological one is stopped. */
export const CLEAN_TIMEOUT_MS = 30_000;

/** Starts the cleaning worker. Vite bundles the worker from this exact `new URL(…, import.meta.url)` form. */
function spawnCleanWorker(): Worker {
  return new Worker(new URL('../../workers/cleanWorker.ts', import.meta.url), { type: 'module', name: 'gleaner-clean' });
}

/**
 * One cleaning lane: a worker that reads, hashes and cleans one file at a time. A file that runs past the budget
 * or crashes the worker fails with a clear message; the worker is terminated and a fresh one
 * serves the next file.
 */
export function createCleanWorkerSlot(timeoutMs = CLEAN_TIMEOUT_MS, spawn: () => Worker = spawnCleanWorker): { clean: CleanFn; dispose(): void } {
  let worker: Worker | null = null;
  let nextId = 1;
  const kill = () => {
    worker?.terminate();
    worker = null;
  };
  const failed = (message: string): FileCleanOutcome => ({ kind: 'failed', error: { code: 'internal', message } });
  const clean: CleanFn = (file, fileName) =>
    new Promise<FileCleanOutcome>((resolve) => {
      worker ??= spawn();
      const current = worker;
      const id = nextId++;
      const finish = (result: FileCleanOutcome) => {
        clearTimeout(timer);
        current.removeEventListener('message', onMessage);
        current.removeEventListener('error', onError);
        resolve(result);
      };
      const onMessage = (event: MessageEvent<CleanResponse>) => {
        if (event.data.id === id) finish(event.data.outcome);
      };
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        kill();
        finish(failed(`The cleaner crashed on this file${event.message ? `: ${event.message}` : ''}.`));
      };
      const timer = setTimeout(() => {
        kill();
        finish(failed(`Cleaning took longer than ${timeoutMs / 1000} s and was stopped.`));
      }, timeoutMs);
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      const request: CleanRequest = { id, file, fileName };
      current.postMessage(request);
    });
  return { clean, dispose: kill };
}
