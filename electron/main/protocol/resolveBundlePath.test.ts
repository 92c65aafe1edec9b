import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInside, resolveBundlePath } from './resolveBundlePath';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'gleaner-bundle-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(root, '..weird.js'), '');
  await writeFile(path.join(base, 'secret.txt'), 'outside');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
  await symlink(base, path.join(root, 'up'));
  await symlink(path.join(root, 'index.html'), path.join(root, 'alias.html'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('resolveBundlePath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/index.html?x=1#frag', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/assets/%61pp.js', 'assets/app.js'],
    ['/..weird.js', '..weird.js'],
    ['/alias.html', 'index.html'],
  ])('serves %s', async (requestPath, expected) => {
    const result = await resolveBundlePath(root, requestPath);
    expect(result).toEqual({ ok: true, file: path.join(root, expected) });
  });

  it.each([
    ['/../secret.txt', 400],
    ['/assets/../../secret.txt', 400],
    ['/%2e%2e/secret.txt', 400],
    ['/%2E%2E/secret.txt', 400],
    ['/.%2e/secret.txt', 400],
    ['/assets/%2e%2e%2f%2e%2e%2fsecret.txt', 400],
    ['/..%2fsecret.txt', 400],
    ['/..%5csecret.txt', 400],
    ['/..\\secret.txt', 400],
    ['/assets\\..\\..\\secret.txt', 400],
    ['/%00', 400],
    ['/index.html%00.js', 400],
    ['//etc/passwd', 400],
    ['/%2fetc/passwd', 400],
    ['/C:/Windows/win.ini', 400],
    ['/c%3a/Windows/win.ini', 400],
    ['/./index.html', 400],
    ['/%E0%A4%A', 400],
    ['index.html', 400],
    ['/escape.txt', 403],
    ['/up/secret.txt', 403],
    ['/missing.js', 404],
    ['/assets', 404],
    ['/assets/', 404],
  ])('refuses %s with %i', async (requestPath, status) => {
    const result = await resolveBundlePath(root, requestPath);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.status).toBe(status);
  });

  it('refuses app:// URLs after a standard URL parser normalized them', async () => {
    // A standard scheme resolves dot segments before the handler sees the path, so the
    // parsed form of a traversal URL must still land inside the root or be refused.
    for (const url of ['app://bundle/../../secret.txt', 'app://bundle/%2e%2e/%2e%2e/secret.txt']) {
      const parsed = new URL(url);
      const result = await resolveBundlePath(root, parsed.pathname);
      expect(result.ok && !isInside(root, result.file)).toBe(false);
    }
  });
});

describe('isInside', () => {
  it('tells a child from a sibling with a common prefix', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/b/..c')).toBe(true);
  });
});
