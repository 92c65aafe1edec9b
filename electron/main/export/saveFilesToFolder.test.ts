import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileNoClobber } from './atomicWrite';
import { saveFilesToFolder } from './saveFilesToFolder';

let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'gleaner-export-'));
});
afterEach(() => rm(parent, { recursive: true, force: true }));

/** A hash of every file name and content under `dir`, to prove nothing there changed. */
async function folderDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of (await readdir(dir, { withFileTypes: true, recursive: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(entry.parentPath, entry.name);
    hash.update(full);
    if (entry.isFile()) hash.update(await readFile(full));
  }
  return hash.digest('hex');
}

describe('saveFilesToFolder', () => {
  it('writes into a fresh folder, numbering colliding names instead of overwriting', async () => {
    const result = await saveFilesToFolder(parent, 'Notes', [
      { name: 'Note.md', content: 'first' },
      { name: 'note.md', content: 'second' },
      { name: 'Cafe\u0301.md', content: 'nfd' },
      { name: 'Café.md', content: 'nfc' },
      { name: 'sub/Note.md', content: 'nested' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.path).toBe(path.join(parent, 'Notes'));
    expect(result.value.written).toEqual(['Note.md', 'note (2).md', 'Cafe\u0301.md', 'Café (2).md', 'sub/Note.md']);
    expect(await readFile(path.join(parent, 'Notes', 'note (2).md'), 'utf8')).toBe('second');
    expect(await readFile(path.join(parent, 'Notes', 'sub', 'Note.md'), 'utf8')).toBe('nested');
  });

  it('leaves an existing folder of the same name untouched and uses "Notes (2)"', async () => {
    await mkdir(path.join(parent, 'Notes'));
    await writeFile(path.join(parent, 'Notes', 'Note.md'), 'the user wrote this');
    await writeFile(path.join(parent, 'keep.txt'), 'keep');
    const before = await folderDigest(parent);
    const result = await saveFilesToFolder(parent, 'Notes', [{ name: 'Note.md', content: 'export' }]);
    expect(result.ok && result.value.path).toBe(path.join(parent, 'Notes (2)'));
    await rm(path.join(parent, 'Notes (2)'), { recursive: true });
    expect(await folderDigest(parent)).toBe(before);
  });

  it('refuses the whole export when one name would leave the folder, writing nothing', async () => {
    const result = await saveFilesToFolder(parent, 'Notes', [
      { name: 'ok.md', content: 'x' },
      { name: '../escape.md', content: 'x' },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-name' } });
    expect(await readdir(parent)).toEqual([]);
  });

  it('refuses a folder name that is a path', async () => {
    expect(await saveFilesToFolder(parent, '../Notes', [])).toMatchObject({ ok: false, error: { code: 'invalid-name' } });
    expect(await saveFilesToFolder(parent, 'a/b', [])).toMatchObject({ ok: false, error: { code: 'invalid-name' } });
  });
});

describe('atomic writers', () => {
  it('writeFileAtomic replaces the content and leaves no temp file', async () => {
    const target = path.join(parent, 'state.json');
    await writeFileAtomic(target, '{"a":1}');
    await writeFileAtomic(target, '{"a":2}');
    expect(await readFile(target, 'utf8')).toBe('{"a":2}');
    expect(await readdir(parent)).toEqual(['state.json']);
  });

  it('writeFileNoClobber never replaces an existing file and leaves no temp file', async () => {
    const target = path.join(parent, 'Note.md');
    await writeFile(target, 'original');
    expect(await writeFileNoClobber(target, 'new')).toBe(false);
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await writeFileNoClobber(path.join(parent, 'Other.md'), 'new')).toBe(true);
    expect((await readdir(parent)).sort()).toEqual(['Note.md', 'Other.md']);
  });
});
