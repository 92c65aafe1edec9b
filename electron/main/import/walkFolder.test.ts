import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXTENSIONS } from '../../../shared/ipc/contract';
import { readClippingFile } from './readClippingFile';
import { walkFolder } from './walkFolder';

const isRoot = process.getuid?.() === 0;
const extensions = new Set<string>(DEFAULT_EXTENSIONS);
const MB = 1024 * 1024;
let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'gleaner-walk-'));
  root = path.join(base, 'clippings');
  await mkdir(path.join(root, 'nested', 'deeper'), { recursive: true });
  await mkdir(path.join(root, '.git'), { recursive: true });
  await mkdir(path.join(root, 'perm'));
  await writeFile(path.join(base, 'outside.html'), '<p>outside the root</p>');
  await writeFile(path.join(root, 'a.html'), '<p>a</p>');
  await writeFile(path.join(root, 'B.MD'), '# b');
  await writeFile(path.join(root, 'nested', 'c.txt'), 'c');
  await writeFile(path.join(root, 'nested', 'deeper', 'd.htm'), '<p>d</p>');
  await writeFile(path.join(root, 'report.pdf'), '%PDF-1.7');
  await writeFile(path.join(root, 'README'), 'no extension');
  await writeFile(path.join(root, '.git', 'HEAD.html'), 'hidden');
  await writeFile(path.join(root, 'huge.html'), '');
  await truncate(path.join(root, 'huge.html'), 200 * MB); // sparse: no disk used
  await symlink('.', path.join(root, 'loop'));
  await symlink('..', path.join(root, 'up'));
  await symlink(path.join(base, 'outside.html'), path.join(root, 'escape.html'));
  await symlink('/etc/passwd', path.join(root, 'passwd.html'));
  await symlink('a.html', path.join(root, 'alias.html'));
  await symlink('missing.html', path.join(root, 'broken.html'));
  await symlink('self.html', path.join(root, 'self.html'));
  execFileSync('mkfifo', [path.join(root, 'pipe.html')]);
  await writeFile(path.join(root, 'perm', 'denied.html'), '<p>secret</p>');
  await chmod(path.join(root, 'perm', 'denied.html'), 0o000);
});
afterAll(() => rm(base, { recursive: true, force: true }));

const walk = () => walkFolder(root, { extensions, maxFileBytes: 20 * MB });

describe('walkFolder', () => {
  it('lists exactly the clipping files inside the root, in name order', async () => {
    const result = await walk();
    expect(result.files.map((f) => f.relativePath)).toEqual(['B.MD', 'a.html', 'nested/c.txt', 'nested/deeper/d.htm', 'perm/denied.html']);
    expect(result.files.every((f) => f.absolutePath.startsWith(result.root + path.sep))).toBe(true);
  });

  it('never follows a symbolic link, and says why for each', async () => {
    const reasons = Object.fromEntries((await walk()).issues.map((i) => [i.relativePath, i.reason]));
    expect(reasons['loop']).toMatch(/within the folder; not followed/);
    expect(reasons['up']).toMatch(/outside the folder; not followed/);
    expect(reasons['escape.html']).toMatch(/outside the folder; not followed/);
    expect(reasons['passwd.html']).toMatch(/outside the folder; not followed/);
    expect(reasons['alias.html']).toMatch(/within the folder; not followed/);
    expect(reasons['broken.html']).toBe('broken symbolic link');
    expect(reasons['self.html']).toMatch(/loop/);
  });

  it('skips a FIFO without opening it, and other types with their extension named', async () => {
    const issues = (await walk()).issues;
    const byPath = Object.fromEntries(issues.map((i) => [i.relativePath, i]));
    expect(byPath['pipe.html']).toMatchObject({ status: 'skipped', reason: 'named pipe (FIFO); not read' });
    expect(byPath['report.pdf']).toMatchObject({ status: 'skipped', reason: 'not a clipping type (.pdf)' });
    expect(byPath['README']).toMatchObject({ status: 'skipped', reason: 'not a clipping type (no extension)' });
    expect(byPath['.git']).toMatchObject({ status: 'skipped', reason: 'hidden folder' });
  });

  it('refuses a file over the size cap before reading it', async () => {
    const huge = (await walk()).issues.find((i) => i.relativePath === 'huge.html');
    expect(huge).toMatchObject({ status: 'failed', tooLarge: true });
    expect(huge?.reason).toMatch(/over the 20 MB limit \(200\.0 MB\); not read/);
  });

  it('stops at the depth limit', async () => {
    const result = await walkFolder(root, { extensions, maxFileBytes: MB, maxDepth: 1 });
    expect(result.files.map((f) => f.relativePath)).not.toContain('nested/deeper/d.htm');
    expect(result.issues).toContainEqual({ relativePath: 'nested/deeper', status: 'skipped', reason: 'nested deeper than 1 folders' });
  });

  it('resolves a symlinked root once and walks the real folder', async () => {
    const linkedRoot = path.join(base, 'linked-root');
    await symlink(root, linkedRoot);
    const result = await walkFolder(linkedRoot, { extensions, maxFileBytes: 20 * MB });
    expect(result.root).toBe(root);
    expect(result.files).toHaveLength(5);
  });
});

describe('readClippingFile', () => {
  it('reads a regular file', async () => {
    const outcome = await readClippingFile(path.join(root, 'a.html'), MB);
    expect(outcome.ok && new TextDecoder().decode(outcome.bytes)).toBe('<p>a</p>');
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    expect(await readClippingFile(path.join(root, 'pipe.html'), MB)).toMatchObject({ ok: false, status: 'skipped' });
  });

  it('refuses a symlink swapped in after the walk', async () => {
    expect(await readClippingFile(path.join(root, 'escape.html'), MB)).toMatchObject({ ok: false, status: 'skipped', reason: 'is a symbolic link; not followed' });
  });

  it('re-checks the size cap on the open file', async () => {
    expect(await readClippingFile(path.join(root, 'huge.html'), 20 * MB)).toMatchObject({ ok: false, status: 'failed', tooLarge: true });
  });

  it('reports a file that vanished', async () => {
    expect(await readClippingFile(path.join(root, 'gone.html'), MB)).toMatchObject({ ok: false, status: 'failed', reason: 'vanished before it could be read' });
  });

  // Root bypasses file permissions, so a chmod 000 file is readable there; the assertion that
  // matters then is that the read succeeds instead of the import failing.
  it.skipIf(isRoot)('reports permission denied on a chmod 000 file (skipped when run as root, who can read any file)', async () => {
    expect(await readClippingFile(path.join(root, 'perm', 'denied.html'), MB)).toEqual({ ok: false, status: 'skipped', reason: 'permission denied' });
  });
  it.runIf(isRoot)('reads a chmod 000 file when running as root (permissions do not apply)', async () => {
    expect((await readClippingFile(path.join(root, 'perm', 'denied.html'), MB)).ok).toBe(true);
  });
});
