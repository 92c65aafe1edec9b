// worker_threads entry (bundled to build/electron/cleanWorker.cjs): runs the cleaner off the
// main process's event loop, under the memory limit and time budget the pool enforces.
// Hashing happens here too, so a 20 MB file never blocks the main thread.
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { cleanClipping } from '../../shared/clean/cleanClipping';
import { forImport, type CleanResult } from '../../shared/model/CleanArticle';
import type { CleanTaskInput, CleanTaskOutput } from './cleanTask';

function cleanSafely(input: CleanTaskInput): CleanResult {
  try {
    return cleanClipping(input.bytes, input.fileName, { maxBytes: input.maxBytes });
  } catch (error) {
    // cleanClipping promises not to throw; a stack overflow deep in a parser still can.
    return { ok: false, error: { code: 'internal', message: `The cleaner failed: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

parentPort?.on('message', ({ id, input }: { id: number; input: CleanTaskInput }) => {
  const bytes = input.bytes instanceof Uint8Array ? input.bytes : new Uint8Array(0);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const output: CleanTaskOutput = { sha256, result: forImport(cleanSafely({ ...input, bytes })) };
  parentPort?.postMessage({ id, output });
});
