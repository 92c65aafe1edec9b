import { describe, expect, it } from 'vitest';
import { cleanClipping } from '../../../shared/clean/cleanClipping';
import type { CleanRequest, CleanResponse } from '../../workers/cleanWorkerProtocol';
import { createCleanWorkerSlot } from './createCleanWorkerSlot';

/**
 * Node has no module Web Workers, so this stand-in runs the real cleaner on message, or
 * hangs when told to: enough to test the slot's timeout and respawn logic.
 */
class InProcessWorker extends EventTarget {
  terminated = false;
  constructor(private readonly hangOn: string | null) {
    super();
  }
  postMessage(request: CleanRequest) {
    if (request.fileName === this.hangOn) return;
    const response: CleanResponse = { id: request.id, result: cleanClipping(request.bytes, request.fileName) };
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: response })));
  }
  terminate() {
    this.terminated = true;
  }
}

const text = new TextEncoder().encode('A clipping with a paragraph of text long enough to keep as the body of an article.');

describe('createCleanWorkerSlot', () => {
  it('cleans through the worker and reuses it', async () => {
    const spawned: InProcessWorker[] = [];
    const slot = createCleanWorkerSlot(1000, () => {
      spawned.push(new InProcessWorker(null));
      return spawned.at(-1) as unknown as Worker;
    });
    expect((await slot.clean(text.slice(), 'a.txt')).ok).toBe(true);
    expect((await slot.clean(text.slice(), 'b.txt')).ok).toBe(true);
    expect(spawned).toHaveLength(1);
  });

  it('fails a file that runs past the budget, terminates that worker and spawns a fresh one', async () => {
    const spawned: InProcessWorker[] = [];
    const slot = createCleanWorkerSlot(50, () => {
      spawned.push(new InProcessWorker('slow.html'));
      return spawned.at(-1) as unknown as Worker;
    });
    const slow = await slot.clean(text.slice(), 'slow.html');
    expect(slow).toEqual({ ok: false, error: { code: 'internal', message: 'Cleaning took longer than 0.05 s and was stopped.' } });
    expect(spawned[0]!.terminated).toBe(true);
    expect((await slot.clean(text.slice(), 'next.txt')).ok).toBe(true);
    expect(spawned).toHaveLength(2);
  });
});
