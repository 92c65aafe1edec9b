import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

/** How a task ended: the worker's answer, or why the host gave up on it. */
export type PoolOutcome<T> = { ok: true; value: T } | { ok: false; code: 'timeout' | 'crashed' | 'closed'; message: string };

export interface WorkerPoolOptions {
  /** The worker script: it answers each `{ id, input }` message with `{ id, output }`. */
  file: string;
  /** Number of worker threads (at least 1). */
  size: number;
  /** Per-task budget; a worker that exceeds it is terminated and replaced. */
  timeoutMs: number;
  resourceLimits?: ResourceLimits;
}

interface Task<TIn, TOut> {
  id: number;
  input: TIn;
  transfer: Transferable[];
  resolve: (outcome: PoolOutcome<TOut>) => void;
}

interface Slot<TIn, TOut> {
  worker: Worker;
  task: Task<TIn, TOut> | null;
  timer: NodeJS.Timeout | null;
}

/**
 * A fixed-size pool of worker threads running one task each at a time. A task never rejects:
 * a worker that runs past the budget is terminated ('timeout'), one that dies (uncaught error,
 * memory limit, exit) fails its task ('crashed'); either way a fresh worker takes its place, so
 * one hostile file costs one file, never the import.
 */
export class WorkerPool<TIn, TOut> {
  private readonly slots: Slot<TIn, TOut>[] = [];
  private readonly queue: Task<TIn, TOut>[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  get size(): number {
    return Math.max(1, Math.floor(this.options.size));
  }

  run(input: TIn, transfer: Transferable[] = []): Promise<PoolOutcome<TOut>> {
    if (this.closed) return Promise.resolve({ ok: false, code: 'closed', message: 'The worker pool is closed.' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, transfer, resolve });
      this.dispatch();
    });
  }

  /** Fails queued tasks and stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.resolve({ ok: false, code: 'closed', message: 'The worker pool is closed.' });
    const slots = this.slots.splice(0);
    for (const slot of slots) this.finish(slot, { ok: false, code: 'closed', message: 'The worker pool is closed.' });
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift() as Task<TIn, TOut>;
      slot.task = task;
      slot.timer = setTimeout(() => this.replace(slot, 'timeout', `Took longer than ${this.options.timeoutMs} ms.`), this.options.timeoutMs);
      slot.worker.postMessage({ id: task.id, input: task.input }, task.transfer);
    }
  }

  private spawn(): Slot<TIn, TOut> {
    const worker = new Worker(this.options.file, { resourceLimits: this.options.resourceLimits });
    const slot: Slot<TIn, TOut> = { worker, task: null, timer: null };
    worker.on('message', (message: { id: number; output: TOut }) => {
      if (slot.task?.id !== message.id) return;
      this.finish(slot, { ok: true, value: message.output });
      this.dispatch();
    });
    // 'error' is followed by 'exit'; handling both through replace() is idempotent.
    worker.on('error', (error) => this.replace(slot, 'crashed', error.message));
    worker.on('exit', (code) => this.replace(slot, 'crashed', `The worker exited (code ${code}).`));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot<TIn, TOut>, outcome: PoolOutcome<TOut>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    task?.resolve(outcome);
  }

  /** Retires a worker (failing its task, if any) and lets dispatch() spawn a replacement. */
  private replace(slot: Slot<TIn, TOut>, code: 'timeout' | 'crashed', message: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    slot.worker.removeAllListeners('message');
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    this.finish(slot, { ok: false, code, message });
    if (!this.closed) this.dispatch();
  }
}
