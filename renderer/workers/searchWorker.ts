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
/** Queries run one after another: each catches up with the database first. */
let queue: Promise<unknown> = Promise.resolve();

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

scope.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    const db = new GleanerDb(request.dbName);
    mirror = new SearchIndexMirror(db);
    mirror.load().catch((e: unknown) => {
      failure = describe(e);
      post({ type: 'failed', message: failure });
    });
    return;
  }
  const { id, query, limit } = request;
  if (failure || !mirror) return post({ type: 'failed', id, message: failure ?? 'The search worker was not opened.' });
  if (!mirror.isLoaded) return post({ type: 'not-ready', id });
  const current = mirror;
  queue = queue.then(async () => {
    try {
      await current.catchUp();
      post({ type: 'hits', id, hits: current.search(query, limit) });
    } catch (e) {
      post({ type: 'failed', id, message: describe(e) });
    }
  });
};
