/// <reference lib="webworker" />
import { cleanFile } from './cleanFile';
import type { CleanRequest, CleanResponse } from './cleanWorkerProtocol';

// The web edition's cleaning thread: it reads each picked file, hashes it and cleans it, off the
// UI thread; untrusted bytes are parsed only here, and a runaway file is stopped by terminating
// this worker (the page enforces the time budget).
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CleanRequest>) => {
  const { id, file, fileName } = event.data;
  // Always answer: a page left waiting would fail the file only at the 30 s budget, with the wrong reason.
  void cleanFile(file, fileName)
    .catch((e: unknown) => ({ kind: 'failed' as const, error: { code: 'internal' as const, message: `The file could not be hashed or cleaned here: ${e instanceof Error ? e.message : String(e)}` } }))
    .then((outcome) => scope.postMessage({ id, outcome } satisfies CleanResponse));
};
