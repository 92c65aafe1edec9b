import { describe, expect, it } from 'vitest';
import { SearchWorkerClient } from './SearchWorkerClient';
import type { SearchWorkerRequest, SearchWorkerResponse } from '../workers/searchWorkerProtocol';

/** A stand-in Worker that records requests and lets the test answer them. */
class FakeWorker extends EventTarget {
  requests: SearchWorkerRequest[] = [];
  terminated = false;
  postMessage(request: SearchWorkerRequest) {
    this.requests.push(request);
  }
  answer(message: SearchWorkerResponse) {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  crash(message: string) {
    const event = new Event('error') as ErrorEvent;
    Object.defineProperty(event, 'message', { value: message });
    this.dispatchEvent(event);
  }
  terminate() {
    this.terminated = true;
  }
}

function clientWithFake() {
  const fake = new FakeWorker();
  const client = new SearchWorkerClient('db-1', () => fake as unknown as Worker);
  return { fake, client };
}

const lastSearchId = (fake: FakeWorker) => (fake.requests.filter((r) => r.type === 'search').at(-1) as { id: number }).id;

describe('SearchWorkerClient', () => {
  it('opens the named database, then resolves a query with the worker’s hits', async () => {
    const { fake, client } = clientWithFake();
    expect(fake.requests[0]).toEqual({ type: 'open', dbName: 'db-1' });
    const answer = client.search('会谈', 50);
    const hit = { articleId: 'a1', snippet: { before: '', match: '会谈', after: '' } };
    fake.answer({ type: 'hits', id: lastSearchId(fake), hits: [hit] });
    expect(await answer).toEqual([hit]);
  });

  it('asks once for identical queries in flight', async () => {
    const { fake, client } = clientWithFake();
    const [a, b] = [client.search('会谈', 50), client.search('会谈', 50)];
    expect(fake.requests.filter((r) => r.type === 'search')).toHaveLength(1);
    fake.answer({ type: 'hits', id: lastSearchId(fake), hits: [] });
    expect(await a).toEqual([]);
    expect(await b).toEqual([]);
  });

  it('resolves null while the worker is still loading, so the caller falls back to the stored postings', async () => {
    const { fake, client } = clientWithFake();
    const answer = client.search('会谈', 50);
    fake.answer({ type: 'not-ready', id: lastSearchId(fake) });
    expect(await answer).toBeNull();
    expect(client.failure).toBeNull();
  });

  it('after the worker fails or crashes, answers null at once and says why', async () => {
    const { fake, client } = clientWithFake();
    const pending = client.search('会谈', 50);
    fake.crash('boom');
    expect(await pending).toBeNull();
    expect(client.failure).toBe('boom');
    expect(await client.search('别的', 50)).toBeNull();

    const other = clientWithFake();
    other.fake.answer({ type: 'failed', message: 'QuotaExceededError: no room' });
    expect(await other.client.search('会谈', 50)).toBeNull();
    expect(other.client.failure).toBe('QuotaExceededError: no room');
  });

  it('tells subscribers once when it stops serving, so the stored postings can take over', () => {
    const { fake, client } = clientWithFake();
    let told = 0;
    const unsubscribe = client.subscribe(() => told++);
    fake.answer({ type: 'not-ready', id: 99 });
    expect(told).toBe(0);
    fake.crash('boom');
    fake.answer({ type: 'failed', message: 'again' });
    expect(told).toBe(1);
    unsubscribe();
    client.dispose();
    expect(told).toBe(1);
    expect(fake.terminated).toBe(true);
  });

  it('answers null when no worker can be started', async () => {
    const client = new SearchWorkerClient('db-1', () => {
      throw new Error('Workers are not allowed here');
    });
    expect(await client.search('会谈', 50)).toBeNull();
    expect(client.failure).toBe('Workers are not allowed here');
  });
});
