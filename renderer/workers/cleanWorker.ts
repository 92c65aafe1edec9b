/// <reference lib="webworker" />
import { cleanFile } from './cleanFile';
import type { CleanRequest, CleanResponse } from './cleanWorkerProtocol';

// The web edition's cleaning thread: it reads each picked file, hashes it and cleans it, off the
// UI thread; untrusted bytes are parsed only here, and a runaway file is stopped by terminating
// this worker (the page enforces the time budget).
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CleanRequest>) => {
  const { id, file, fileName } = event.data;
  void cleanFile(file, fileName).then((outcome) => scope.postMessage({ id, outcome } satisfies CleanResponse));
};
