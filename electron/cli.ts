/**
 * The headless cleaner: `npm run -s clean -- [--json] PATH...`. Files and folders (recursive,
 * symlinks not followed). One JSON object per line with --json, Markdown otherwise.
 * Exit 0 when every file cleaned, 1 when some failed, 2 for a usage error.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanClipping } from '../shared/clean/cleanClipping';
import type { CleanArticle } from '../shared/model/CleanArticle';

const USAGE = 'usage: npm run -s clean -- [--json] PATH...';

function collect(path: string, out: string[]): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (st.isFile()) {
    out.push(path);
  }
}

/** The CLI's JSON shape for one article (the clean body as text, removals summarized). */
export function articleJson(file: string, a: CleanArticle): Record<string, unknown> {
  return {
    file,
    title: a.title,
    published: a.published,
    publishedKind: a.publishedKind,
    source: a.source,
    author: a.author,
    url: a.url,
    language: a.language,
    text: a.text,
    removed: a.removed.map((r) => ({ reason: r.reason, chars: r.end - r.start })),
    warnings: a.warnings.map((w) => w.message),
  };
}

function markdown(file: string, a: CleanArticle): string {
  const meta = [a.source, a.published ? `${a.published}` : a.captured ? `captured ${a.captured}` : null, a.author, a.url].filter(Boolean).join(' · ');
  return `# ${a.title}\n\n_${meta || file}_\n\n${a.text}\n`;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const paths = argv.filter((a) => a !== '--json');
  if (!paths.length || paths.some((p) => p.startsWith('--'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const files: string[] = [];
  let failed = 0;
  for (const p of paths) {
    try {
      collect(p, files);
    } catch (e) {
      failed++;
      const message = e instanceof Error ? e.message : String(e);
      if (json) process.stdout.write(`${JSON.stringify({ file: p, error: { code: 'unreadable', message } })}\n`);
      else process.stderr.write(`${p}: ${message}\n`);
    }
  }
  for (const file of files) {
    let result;
    try {
      result = cleanClipping(new Uint8Array(readFileSync(file)), file);
    } catch (e) {
      result = { ok: false as const, error: { code: 'unreadable', message: e instanceof Error ? e.message : String(e) } };
    }
    if (!result.ok) {
      failed++;
      if (json) process.stdout.write(`${JSON.stringify({ file, error: result.error })}\n`);
      else process.stderr.write(`${file}: ${result.error.message}\n`);
      continue;
    }
    process.stdout.write(json ? `${JSON.stringify(articleJson(file, result.value))}\n` : `${markdown(file, result.value)}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
