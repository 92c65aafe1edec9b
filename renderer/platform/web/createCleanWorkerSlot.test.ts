import { describe, expect, it } from 'vitest';
import { cleanFile } from '../../workers/cleanFile';
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
    void cleanFile(request.file, request.fileName).then((outcome) => {
      const response: CleanResponse = { id: request.id, outcome };
      this.dispatchEvent(new MessageEvent('message', { data: response }));
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const text = new Blob(['A clipping with a paragraph of text long enough to keep as the body of an article.']);

describe('createCleanWorkerSlot', () => {
  it('cleans through the worker and reuses it', async () => {
    const spawned: InProcessWorker[] = [];
    const slot = createCleanWorkerSlot(1000, () => {
      spawned.push(new InProcessWorker(null));
      return spawned.at(-1) as unknown as Worker;
    });
    const ok = (o: Awaited<ReturnType<typeof slot.clean>>) => o.kind === 'cleaned' && o.result.ok;
    expect(ok(await slot.clean(text, 'a.txt'))).toBe(true);
    expect(ok(await slot.clean(text, 'b.txt'))).toBe(true);
    expect(spawned).toHaveLength(1);
  });

  it('fails a file that runs past the budget, terminates that worker and spawns a fresh one', async () => {
    const spawned: InProcessWorker[] = [];
    const slot = createCleanWorkerSlot(50, () => {
      spawned.push(new InProcessWorker('slow.html'));
      return spawned.at(-1) as unknown as Worker;
    });
    const slow = await slot.clean(text, 'slow.html');
    expect(slow).toEqual({ kind: 'failed', error: { code: 'internal', message: 'Cleaning took longer than 0.05 s and was stopped.' } });
    expect(spawned[0]!.terminated).toBe(true);
    const next = await slot.clean(text, 'next.txt');
    expect(next.kind === 'cleaned' && next.result.ok).toBe(true);
    expect(spawned).toHaveLength(2);
  });
});
