import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderChange } from '../../../shared/ipc/contract';
import { FolderWatcher } from './FolderWatcher';
import { clippingExtensions } from './ImportService';

let root: string;
let watcher: FolderWatcher | null = null;
let changes: FolderChange[] = [];
let waiters: { predicate: (c: FolderChange) => boolean; resolve: () => void }[] = [];

function next(predicate: (c: FolderChange) => boolean): Promise<void> {
  if (changes.some(predicate)) return Promise.resolve();
  return new Promise((resolve) => waiters.push({ predicate, resolve }));
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'gleaner-watch-'));
  await writeFile(path.join(root, 'existing.html'), '<p>one</p>');
  changes = [];
  waiters = [];
  watcher = new FolderWatcher(root, 'Clippings', (change) => {
    changes.push(change);
    for (const w of waiters.filter((w) => w.predicate(change))) w.resolve();
  }, { extensions: clippingExtensions([]), maxFileBytes: 1 << 20, debounceMs: 50 });
  await watcher.start();
});
afterEach(async () => {
  watcher?.close();
  await rm(root, { recursive: true, force: true });
});

describe('FolderWatcher', () => {
  it('reports an added, a changed and a deleted clipping, and ignores other files', async () => {
    await writeFile(path.join(root, 'new.md'), '# new');
    await writeFile(path.join(root, 'ignored.pdf'), '%PDF');
    await next((c) => c.path === 'new.md' && c.kind === 'added');
    await writeFile(path.join(root, 'existing.html'), '<p>two, longer</p>');
    await next((c) => c.path === 'existing.html' && c.kind === 'changed');
    await unlink(path.join(root, 'existing.html'));
    await next((c) => c.path === 'existing.html' && c.kind === 'deleted');
    expect(changes.every((c) => c.root === 'Clippings')).toBe(true);
    expect(changes.some((c) => c.path === 'ignored.pdf')).toBe(false);
  });

  it('picks up files in a folder created after the watch began', async () => {
    await mkdir(path.join(root, 'sub', 'deeper'), { recursive: true });
    await writeFile(path.join(root, 'sub', 'deeper', 'x.txt'), 'x');
    await next((c) => c.path === 'sub/deeper/x.txt' && c.kind === 'added');
    await writeFile(path.join(root, 'sub', 'deeper', 'y.txt'), 'y');
    await next((c) => c.path === 'sub/deeper/y.txt' && c.kind === 'added');
    expect(changes.filter((c) => c.path === 'sub/deeper/x.txt')).toHaveLength(1);
  });
});
