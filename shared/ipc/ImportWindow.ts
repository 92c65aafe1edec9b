/** The part of an AbortSignal a window needs (shared code is typed without the DOM and Node libraries). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Runs `fn` after `ms`; returns the cancel. Passed in so this file needs no timer globals. */
export type Schedule = (fn: () => void, ms: number) => () => void;

/**
 * Flow control between an import's cleaning and the renderer that stores its items. Cleaning
 * outran storing about two to one, and the items waiting to be stored (a cleaned article is
 * ~150 KB in memory) took the page's heap to 1.4 GB at 10,000 clippings. A cleaning lane now
 * waits while `limit` items are sent but not yet stored. The store acknowledges what it stored
 * (the `importItemsStored` verb); should an acknowledgement never come, a lane waits at most
 * `maxWaitMs` and goes on, so a missing one slows an import but never stops it.
 */
export class ImportWindow {
  private unstored = 0;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly limit: number,
    private readonly schedule: Schedule,
    private readonly maxWaitMs = 5000,
  ) {}

  /** An item was handed to the store. */
  sent(): void {
    this.unstored++;
  }

  /** The store has stored `count` items. */
  stored(count: number): void {
    this.unstored = Math.max(0, this.unstored - count);
    if (this.unstored < this.limit) for (const wake of [...this.waiters]) wake();
  }

  /** Resolves once fewer than `limit` items wait to be stored (or `maxWaitMs` passed, or `signal` aborted). */
  async room(signal?: AbortSignalLike): Promise<void> {
    if (this.unstored < this.limit || signal?.aborted) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        cancelTimer();
        signal?.removeEventListener('abort', done);
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve();
      };
      const cancelTimer = this.schedule(done, this.maxWaitMs);
      signal?.addEventListener('abort', done);
      this.waiters.push(done);
    });
  }

  get waiting(): number {
    return this.unstored;
  }
}

/** How many items an import may have cleaned but not yet stored: three of the store's batches of 100. */
export const IMPORT_WINDOW = 300;
