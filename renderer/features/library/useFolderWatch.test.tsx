// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FolderChange, ImportItem, ImportProgress } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/Result';
import { importedItem, textArticle } from '../../db/testing/openTestDb';
import type { Platform } from '../../platform/Platform';
import { Emitter } from '../../platform/web/Emitter';
import { mountWithImportSession } from './testing/mountWithImportSession';
import { useFolderWatch } from './useFolderWatch';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DEBOUNCE = 20;

/** A host that records reimportFolder calls and whose events the test emits. */
function fakeHost() {
  const items = new Emitter<ImportItem>();
  const progress = new Emitter<ImportProgress>();
  const changes = new Emitter<FolderChange>();
  const reimported: string[] = [];
  const unused = () => Promise.reject(new Error('not used in this test'));
  const platform: Platform = {
    kind: 'electron',
    importFolder: unused, importSamples: unused, saveTextFile: unused, saveFolder: unused, openExternal: unused, appInfo: unused, writeAutoBackup: unused,
    reimportFolder: async (root) => {
      reimported.push(root);
      return ok({ jobId: `job-${reimported.length}`, root });
    },
    cancelImport: async () => ok(undefined),
    importItemsStored: async () => ok(undefined),
    onImportItem: (l) => items.on(l),
    onImportProgress: (l) => progress.on(l),
    onFolderChange: (l) => changes.on(l),
  };
  const finish = (jobId: string, total: number) => progress.emit({ jobId, done: total, total, currentPath: null, rate: 1, finished: true, cancelled: false });
  return { platform, items, changes, reimported, finish };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function mount(platform: Platform) {
  function Watch() {
    useFolderWatch(platform, DEBOUNCE);
    return null;
  }
  const { db, unmount } = await mountWithImportSession(platform, <Watch />);
  cleanup = unmount;
  return db;
}

const settle = () => act(() => new Promise((r) => setTimeout(r, DEBOUNCE * 3)));

describe('useFolderWatch', () => {
  it('re-imports a folder once after a burst of changes in it', async () => {
    const host = fakeHost();
    await mount(host.platform);
    await act(async () => {
      host.changes.emit({ root: 'clips', path: 'a.html', kind: 'changed' });
      host.changes.emit({ root: 'clips', path: 'b.md', kind: 'added' });
      host.changes.emit({ root: 'clips', path: 'a.html', kind: 'changed' });
    });
    await settle();
    expect(host.reimported).toEqual(['clips']);
  });

  it('leaves deletions to the session: no re-import, the article is marked "file missing"', async () => {
    const host = fakeHost();
    const db = await mount(host.platform);
    await act(async () => {
      host.items.emit(importedItem('gone.txt', 'sha-gone', textArticle('Gone', 'gone text body')));
    });
    await vi.waitFor(async () => expect(await db.articles.count()).toBe(1));
    await act(async () => host.changes.emit({ root: 'clips', path: 'gone.txt', kind: 'deleted' }));
    await settle();
    expect(host.reimported).toEqual([]);
    await vi.waitFor(async () => expect((await db.articles.toArray())[0]?.fileMissing).toBe(true));
  });

  it('waits for a running import to finish, then re-imports each changed folder in turn', async () => {
    const host = fakeHost();
    await mount(host.platform);
    await act(async () => {
      host.changes.emit({ root: 'one', path: 'a.txt', kind: 'added' });
      host.changes.emit({ root: 'two', path: 'b.txt', kind: 'changed' });
    });
    await settle();
    expect(host.reimported).toEqual(['one']);
    await act(async () => host.finish('job-1', 0));
    await settle();
    expect(host.reimported).toEqual(['one', 'two']);
    await act(async () => host.finish('job-2', 0));
    await settle();
    expect(host.reimported).toEqual(['one', 'two']);
  });
});
