import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI as the team's scorer runs it: `npm run -s clean -- --json PATH...`, here through tsx directly.
const root = join(__dirname, '..');
const run = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'electron/cli.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });

describe('clean CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gleaner-cli-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', 'seed.txt'), readFileSync(join(root, 'assets/samples/000_6118a51b6c2e414f.txt')));
  writeFileSync(join(dir, 'fake.html'), Buffer.from('%PDF-1.7\n%binary'));

  it('prints one JSON object per file, recursing into folders, and exits 1 when a file failed', () => {
    const r = run(['--json', dir]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    const article = lines.find((l) => String(l.file).endsWith('seed.txt'))!;
    expect(article.title).toBe('最高外交官谈了1小时45分 美俄关系现转机?');
    expect(article.published).toBe('2021-05-21T04:44:55');
    expect(article.publishedKind).toBe('published');
    expect(Object.keys(article).sort()).toEqual(['author', 'file', 'language', 'publishedKind', 'published', 'removed', 'source', 'text', 'title', 'url', 'warnings'].sort());
    expect((article.removed as Array<{ reason: string; chars: number }>).every((r) => typeof r.reason === 'string' && r.chars > 0)).toBe(true);
    const failed = lines.find((l) => String(l.file).endsWith('fake.html'))!;
    expect(failed.error).toMatchObject({ code: 'not-text' });
  });

  it('exits 0 when every file cleaned, and prints Markdown without --json', () => {
    const r = run([join(dir, 'nested')]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('# 最高外交官谈了1小时45分 美俄关系现转机?')).toBe(true);
  });

  it('exits 2 on a usage error', () => {
    expect(run([]).status).toBe(2);
    expect(run(['--bogus', dir]).status).toBe(2);
  });
});
