import type { MemorySearchHit } from '../../shared/search/MemorySearchIndex';
import type { SearchWorkerRequest, SearchWorkerResponse } from '../workers/searchWorkerProtocol';

/** Starts the search worker. Vite bundles the worker from this exact `new URL(…, import.meta.url)` form. */
function spawnSearchWorker(): Worker {
  return new Worker(new URL('../workers/searchWorker.ts', import.meta.url), { type: 'module', name: 'gleaner-search' });
}

/**
 * The page's side of the search worker. `search` resolves to the worker's exact hits, or to null
 * when the worker cannot answer yet (still reading the stored texts) or at all (no Worker in this
 * environment, a worker that failed to start or to read the database): the caller then answers
 * from the stored postings, so search works either way and is only slower.
 */
export class SearchWorkerClient {
  private worker: Worker | null;
  private broken: string | null = null;
  private nextId = 1;
  private waiting = new Map<number, (hits: MemorySearchHit[] | null) => void>();
  /** Identical queries in flight share one answer (the library asks twice per query: first and exact). */
  private inFlight = new Map<string, Promise<MemorySearchHit[] | null>>();
  private failureListeners = new Set<() => void>();

  constructor(dbName: string, spawn: () => Worker = spawnSearchWorker) {
    try {
      this.worker = spawn();
    } catch (e) {
      this.worker = null;
      this.broken = e instanceof Error ? e.message : String(e);
      return;
    }
    this.worker.addEventListener('message', (event: MessageEvent<SearchWorkerResponse>) => this.receive(event.data));
    this.worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      this.fail(event.message || 'The search worker stopped.');
    });
    this.post({ type: 'open', dbName });
  }

  /** Why the worker cannot serve, or null while it can. */
  get failure(): string | null {
    return this.broken;
  }

  /** Calls `listener` when the worker stops serving; returns the unsubscribe (the useSyncExternalStore shape). */
  subscribe = (listener: () => void): (() => void) => {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  };

  search(query: string, limit: number): Promise<MemorySearchHit[] | null> {
    if (this.broken || !this.worker) return Promise.resolve(null);
    const key = `${limit}\u0000${query}`;
    const shared = this.inFlight.get(key);
    if (shared) return shared;
    const id = this.nextId++;
    const answer = new Promise<MemorySearchHit[] | null>((resolve) => this.waiting.set(id, resolve)).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, answer);
    this.post({ type: 'search', id, query, limit });
    return answer;
  }

  dispose(): void {
    this.fail('The search worker was closed.');
    this.worker?.terminate();
    this.worker = null;
  }

  private post(request: SearchWorkerRequest): void {
    this.worker?.postMessage(request);
  }

  private receive(message: SearchWorkerResponse): void {
    if (message.type === 'failed' && message.id === undefined) return this.fail(message.message);
    const resolve = message.id === undefined ? undefined : this.waiting.get(message.id);
    if (!resolve) return;
    this.waiting.delete(message.id!);
    resolve(message.type === 'hits' ? message.hits : null);
  }

  /** Every pending and later query is answered by the caller's fallback. */
  private fail(reason: string): void {
    if (this.broken === null) {
      this.broken = reason;
      for (const listener of this.failureListeners) listener();
    }
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }
}

const clients = new Map<string, SearchWorkerClient | null>();

/** The search worker of a database, started on first use; null where pages have no Worker (unit tests under jsdom). */
export function searchWorkerFor(dbName: string): SearchWorkerClient | null {
  if (!clients.has(dbName)) clients.set(dbName, typeof Worker === 'undefined' ? null : new SearchWorkerClient(dbName));
  return clients.get(dbName)!;
}
