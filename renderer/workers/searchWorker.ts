/// <reference lib="webworker" />
import { GleanerDb } from '../db/GleanerDb';
import { SearchIndexMirror } from '../search/SearchIndexMirror';
import type { SearchWorkerRequest, SearchWorkerResponse } from './searchWorkerProtocol';

// The library's search thread: it holds every article's search text and postings in memory
// (see SearchIndexMirror) so a query never waits on IndexedDB for more than the texts written
// since the last one, and building the index never blocks the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchWorkerResponse) => scope.postMessage(message);

let mirror: SearchIndexMirror | null = null;
let failure: string | null = null;
/** Queries and catch-ups run one after another; a query first reads the texts stamped since the last. */
let queue: Promise<unknown> = Promise.resolve();
/**
 * Between queries the worker catches up thoroughly on its own (deletions and late commits
 * included, see SearchIndexMirror), and texts stored by a long import are read a few hundred
 * at a time as they arrive, not all at once by the first query after it.
 */
const CATCH_UP_EVERY_MS = 1000;

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

scope.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    const db = new GleanerDb(request.dbName);
    const opened = new SearchIndexMirror(db);
    mirror = opened;
    opened.load().then(
      () => {
        // A failed catch-up here is retried next time; a query reports its own failure.
        setInterval(() => (queue = queue.then(() => opened.catchUp()).catch(() => undefined)), CATCH_UP_EVERY_MS);
      },
      (e: unknown) => {
        failure = describe(e);
        post({ type: 'failed', message: failure });
      },
    );
    return;
  }
  const { id, query, limit } = request;
  if (failure || !mirror) return post({ type: 'failed', id, message: failure ?? 'The search worker was not opened.' });
  if (!mirror.isLoaded) return post({ type: 'not-ready', id });
  const current = mirror;
  queue = queue.then(async () => {
    try {
      await current.catchUpWithNewest();
      post({ type: 'hits', id, hits: current.search(query, limit) });
    } catch (e) {
      post({ type: 'failed', id, message: describe(e) });
    }
  });
};
