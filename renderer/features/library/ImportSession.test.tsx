// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/Result';
import { importedItem, textArticle } from '../../db/testing/openTestDb';
import type { Platform } from '../../platform/Platform';
import { useImportSession } from './ImportSession';
import { mountWithImportSession } from './testing/mountWithImportSession';
import { scriptedImportHost } from './testing/scriptedImportHost';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;


async function mountSession(platform: Platform) {
  const seen: { current: ReturnType<typeof useImportSession> | null } = { current: null };
  function Probe() {
    seen.current = useImportSession();
    return null;
  }
  const { db, unmount } = await mountWithImportSession(platform, <Probe />);
  return { db, session: () => seen.current!, unmount };
}

const finished = (total: number): ImportProgress => ({ jobId: 'job-1', done: total, total, currentPath: null, rate: 1, finished: true, cancelled: false });

describe('ImportSessionProvider', () => {
  it('stores streamed items, lists a result per file and finishes only when all are stored', async () => {
    const host = scriptedImportHost();
    const { db, session, unmount } = await mountSession(host.platform);
    await act(() => session().run(async () => ok({ jobId: 'job-1', root: 'clips' })));
    await act(async () => {
      host.items.emit(importedItem('a.txt', 'sha-a', textArticle('Alpha', 'alpha text body')));
      host.items.emit({ jobId: 'job-1', root: 'clips', path: 'b.png', status: 'skipped', reason: 'Not a clipping type (.png).' });
      host.progress.emit(finished(2));
    });
    await vi.waitFor(() => expect(session().finished).toBe(true));
    expect(session().results.map((r) => [r.path, r.status])).toEqual([['a.txt', 'imported'], ['b.png', 'skipped']]);
    expect(await db.articles.count()).toBe(1);
    expect(await db.folders.get('clips')).toBeDefined();
    // Every item handed over is acknowledged once stored, so the host may clean further.
    expect(host.stored.get('job-1')).toBe(2);
    await unmount();
  });

  it('marks the articles of files a complete re-import no longer saw as missing', async () => {
    const host = scriptedImportHost();
    const { db, session, unmount } = await mountSession(host.platform);
    await act(() => session().run(async () => ok({ jobId: 'job-1', root: 'clips' })));
    await act(async () => {
      host.items.emit(importedItem('a.txt', 'sha-a', textArticle('Alpha', 'alpha text body')));
      host.items.emit(importedItem('b.txt', 'sha-b', textArticle('Beta', 'beta text body')));
      host.progress.emit(finished(2));
    });
    await vi.waitFor(() => expect(session().finished).toBe(true));
    await act(() => session().run(async () => ok({ jobId: 'job-2', root: 'clips' })));
    await act(async () => {
      host.items.emit({ ...importedItem('a.txt', 'sha-a', textArticle('Alpha', 'alpha text body')), jobId: 'job-2' });
      host.progress.emit({ ...finished(1), jobId: 'job-2' });
    });
    await vi.waitFor(() => expect(session().finished).toBe(true));
    const byTitle = new Map((await db.articles.toArray()).map((a) => [a.title, a.fileMissing]));
    expect(byTitle).toEqual(new Map([['Alpha', false], ['Beta', true]]));
    await unmount();
  });

  it('stores items that come without an end of import (a watched folder) after a short gathering wait', async () => {
    const host = scriptedImportHost();
    const { db, unmount } = await mountSession(host.platform);
    await act(async () => {
      for (const name of ['w1', 'w2', 'w3']) host.items.emit(importedItem(`${name}.txt`, `sha-${name}`, textArticle(name, `${name} body text`)));
    });
    expect(await db.articles.count()).toBe(0);
    await vi.waitFor(async () => expect(await db.articles.count()).toBe(3), { timeout: 3000 });
    await unmount();
  });

  it('stores a long stream in full batches and the rest at the end', async () => {
    const host = scriptedImportHost();
    const { db, session, unmount } = await mountSession(host.platform);
    await act(() => session().run(async () => ok({ jobId: 'job-1', root: 'clips' })));
    await act(async () => {
      for (let i = 0; i < 230; i++) host.items.emit(importedItem(`f${i}.txt`, `sha-${i}`, textArticle(`T${i}`, `body ${i}`)));
      host.progress.emit(finished(230));
    });
    await vi.waitFor(() => expect(session().finished).toBe(true), { timeout: 10_000 });
    expect(await db.articles.count()).toBe(230);
    expect(session().results.map((r) => r.path)).toEqual(Array.from({ length: 230 }, (_, i) => `f${i}.txt`));
    await unmount();
  });
});
