/**
 * Flow control between the web edition's cleaning lanes and the page that stores their items.
 * Cleaning outran storing about two to one, and the items waiting to be stored (a cleaned
 * article is ~150 KB in memory) took the page's heap to 1.4 GB at 10,000 clippings. A lane now
 * waits while `limit` items are sent but not yet stored. The store acknowledges what it stored
 * (Platform.importItemsStored); should an acknowledgement never come, a lane waits at most
 * `maxWaitMs` and goes on, so a missing one slows an import but never stops it.
 */
export class ImportWindow {
  private unstored = 0;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly limit: number,
    private readonly maxWaitMs = 5000,
  ) {}

  /** An item was handed to the store. */
  sent(): void {
    this.unstored++;
  }

  /** The store has stored `count` items. */
  stored(count: number): void {
    this.unstored = Math.max(0, this.unstored - count);
    if (this.unstored < this.limit) this.release();
  }

  /** Resolves once fewer than `limit` items wait to be stored (or `maxWaitMs` passed, or `signal` aborted). */
  async room(signal?: AbortSignal): Promise<void> {
    if (this.unstored < this.limit || signal?.aborted) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve();
      };
      const timer = setTimeout(done, this.maxWaitMs);
      signal?.addEventListener('abort', done);
      this.waiters.push(done);
    });
  }

  get waiting(): number {
    return this.unstored;
  }

  private release(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
