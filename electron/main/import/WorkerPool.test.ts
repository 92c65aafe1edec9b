import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool, type PoolOutcome } from './WorkerPool';

interface In { mode?: 'hang' | 'exit' | 'throw' | 'oom'; value?: string; bytes?: Uint8Array }
interface Out { echo: string; threadId: number; bytes: number }

const file = path.join(import.meta.dirname, 'testing', 'fixtureWorker.mjs');
let pool: WorkerPool<In, Out> | null = null;
const makePool = (size: number, timeoutMs = 2_000) => {
  pool = new WorkerPool<In, Out>({ file, size, timeoutMs, resourceLimits: { maxOldGenerationSizeMb: 32 } });
  return pool;
};
const value = (outcome: PoolOutcome<Out>) => (outcome.ok ? outcome.value : null);

afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('WorkerPool', () => {
  it('answers every task, using at most `size` threads', async () => {
    const p = makePool(2);
    const outcomes = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((v) => p.run({ value: v })));
    expect(outcomes.map((o) => value(o)?.echo)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(new Set(outcomes.map((o) => value(o)?.threadId)).size).toBeLessThanOrEqual(2);
  });

  it('transfers bytes to the worker', async () => {
    const bytes = new Uint8Array(1024);
    const outcome = await makePool(1).run({ bytes }, [bytes.buffer]);
    expect(value(outcome)?.bytes).toBe(1024);
    expect(bytes.byteLength).toBe(0);
  });

  it('fails a task that overruns its budget with "timeout" and keeps serving with a new worker', async () => {
    const p = makePool(1, 300);
    const before = value(await p.run({ value: 'first' }));
    const hung = await p.run({ mode: 'hang' });
    const after = value(await p.run({ value: 'after' }));
    expect(hung).toMatchObject({ ok: false, code: 'timeout' });
    expect(after?.echo).toBe('after');
    expect(after?.threadId).not.toBe(before?.threadId);
  });

  it.each(['exit', 'throw', 'oom'] as const)('fails a task whose worker dies (%s) with "crashed" and respawns', async (mode) => {
    const p = makePool(1, 20_000);
    const crashed = await p.run({ mode });
    const after = await p.run({ value: 'still here' });
    expect(crashed).toMatchObject({ ok: false, code: 'crashed' });
    expect(value(after)?.echo).toBe('still here');
  });

  it('lets other tasks finish while one worker hangs', async () => {
    const p = makePool(2, 1_000);
    const [hung, ...rest] = await Promise.all([p.run({ mode: 'hang' }), p.run({ value: 'x' }), p.run({ value: 'y' })]);
    expect(hung).toMatchObject({ ok: false, code: 'timeout' });
    expect(rest.map((o) => value(o)?.echo)).toEqual(['x', 'y']);
  });

  it('fails queued tasks on close and refuses new ones', async () => {
    const p = makePool(1, 5_000);
    const running = p.run({ mode: 'hang' });
    const queued = p.run({ value: 'queued' });
    await p.close();
    expect(await running).toMatchObject({ ok: false, code: 'closed' });
    expect(await queued).toMatchObject({ ok: false, code: 'closed' });
    expect(await p.run({ value: 'late' })).toMatchObject({ ok: false, code: 'closed' });
  });
});
