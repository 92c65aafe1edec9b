import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderRegistry } from './FolderRegistry';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gleaner-registry-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('FolderRegistry', () => {
  it('names folders by base name, keeps names stable and distinct, and persists them', async () => {
    const file = path.join(dir, 'folders.json');
    const registry = new FolderRegistry(file);
    await registry.load();
    expect(await registry.register('/home/a/Clippings')).toBe('Clippings');
    expect(await registry.register('/home/b/clippings')).toBe('clippings (2)');
    expect(await registry.register('/home/a/Clippings')).toBe('Clippings');
    const reloaded = new FolderRegistry(file);
    await reloaded.load();
    expect(reloaded.resolve('clippings (2)')).toBe('/home/b/clippings');
    expect(reloaded.resolve('Nope')).toBeNull();
    expect(reloaded.list()).toHaveLength(2);
  });

  it('starts empty from a corrupt file instead of failing', async () => {
    const file = path.join(dir, 'corrupt.json');
    await writeFile(file, '{not json');
    const registry = new FolderRegistry(file);
    await registry.load();
    expect(registry.list()).toEqual([]);
  });
});
