/// <reference lib="webworker" />
import { GleanerDb } from '../db/GleanerDb';
import { SearchIndexMirror } from '../db/repositories/SearchIndexMirror';
import type { SearchWorkerRequest, SearchWorkerResponse } from './searchWorkerProtocol';

// The library's search thread: it holds every article's search text and postings in memory
// (see SearchIndexMirror) so a query never waits on IndexedDB for more than the texts written
// since the last one, and building the index never blocks the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchWorkerResponse) => scope.postMessage(message);

let mirror: SearchIndexMirror | null = null;
let failure: string | null = null;
/**
 * Between queries the worker catches up on its own, one pass at a time, so texts stored by a
 * long import are read a few hundred at a time as they arrive, not all at once by the first
 * query after it. Deleted texts are looked for every 30th pass: counting the table costs about
 * 150 ms at 10,000 texts, too much to spend every few seconds in an idle app, and a deleted
 * article's hit never shows meanwhile (the library lists only stored articles).
 */
const CATCH_UP_EVERY_MS = 1000;
const COUNT_EVERY_NTH_PASS = 30;

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function keepUp(current: SearchIndexMirror): Promise<never> {
  for (let pass = 1; ; pass++) {
    await sleep(CATCH_UP_EVERY_MS);
    // A failed pass is retried next time; a query reports its own failure.
    await current.catchUp({ deletions: pass % COUNT_EVERY_NTH_PASS === 0 }).catch(() => undefined);
  }
}

async function answer(current: SearchIndexMirror, id: number, query: string, limit: number): Promise<void> {
  try {
    // Queries do not wait for a background pass: this reads only texts newer than the newest held.
    await current.catchUpWithNewest();
    post({ type: 'hits', id, hits: current.search(query, limit) });
  } catch (e) {
    post({ type: 'failed', id, message: describe(e) });
  }
}

scope.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    const opened = new SearchIndexMirror(new GleanerDb(request.dbName));
    mirror = opened;
    opened.load().then(
      () => void keepUp(opened),
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
  void answer(mirror, id, query, limit);
};
