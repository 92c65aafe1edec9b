/// <reference lib="webworker" />
import { cleanClipping } from '../../shared/clean/cleanClipping';
import type { CleanRequest, CleanResponse } from './cleanWorkerProtocol';

// The web edition's cleaning thread: untrusted bytes are parsed here, off the UI thread, and a
// runaway file is stopped by terminating this worker (the page enforces the time budget).
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CleanRequest>) => {
  const { id, bytes, fileName } = event.data;
  let result: CleanResponse['result'];
  try {
    result = cleanClipping(bytes, fileName);
  } catch (e) {
    // cleanClipping never throws by contract; a stack overflow on hostile input still could.
    result = { ok: false, error: { code: 'internal', message: `The cleaner failed on this file: ${e instanceof Error ? e.message : String(e)}` } };
  }
  scope.postMessage({ id, result } satisfies CleanResponse);
};
