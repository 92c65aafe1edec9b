 
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
 
import { afterAll, describe, expect, it } from 'vitest';
import { generateBadInputs, type BadInput } from '../../scripts/generateBadInputs';
import type { CleanArticle, CleanResult } from '../model/CleanArticle';
import { cleanClipping } from './cleanClipping';
import { htmlSafetyProblems } from './testing/htmlSafety';

// The bad-input corpus of SECURITY.md §5.5, generated fresh. Every file must come back as a
// CleanArticle (with warnings where something was off) or a typed error: never a throw, never a
// hang, never anything executable in `html`. Times are not asserted; the timeouts only stop a hang.
const dir = mkdtempSync(join(tmpdir(), 'gleaner-bad-'));
const manifest = generateBadInputs(dir, { filesystem: false });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const results = new Map<string, CleanResult>();
function clean(name: string): CleanResult {
  if (!results.has(name)) {
    let result: CleanResult;
    try {
      result = cleanClipping(new Uint8Array(readFileSync(join(dir, name))), name);
    } catch (e) {
      throw new Error(`cleanClipping threw on ${name}: ${String(e)}`);
    }
    results.set(name, result);
  }
  return results.get(name)!;
}

function article(name: string): CleanArticle {
  const r = clean(name);
  if (!r.ok) throw new Error(`${name}: expected an article, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}
const codes = (a: CleanArticle): string[] => a.warnings.map((w) => w.code);

/** What each file must give, beyond "no throw, no hang, nothing executable". */
const EXPECT: Record<string, (name: string) => void> = {
  '11-gbk-nometa.html': (n) => expect(codes(article(n))).toContain('encoding-guessed'),
  '13-big5-nometa.html': (n) => expect(codes(article(n))).toContain('encoding-guessed'),
  '15-utf16le-nobom.txt': (n) => {
    expect(codes(article(n))).toContain('encoding-guessed');
    expect(article(n).text).toContain('The council approved');
  },
  '16-invalid-utf8.html': (n) => {
    expect(codes(article(n))).toContain('invalid-bytes');
    expect(article(n).original).toContain('\uFFFD');
  },
  '17-meta-late.html': (n) => {
    expect(article(n).encoding).toBe('gb18030');
    expect(article(n).warnings.length).toBeGreaterThan(0);
  },
  // Pinned policy: valid UTF-8 beats the declaration, and the reader is told.
  '18-meta-lies.html': (n) => {
    expect(article(n).encoding).toBe('utf-8');
    expect(codes(article(n))).toContain('encoding-declaration-ignored');
  },
  '19-pdf-as.html': (n) => expect(clean(n)).toMatchObject({ ok: false, error: { code: 'not-text', message: expect.stringContaining('PDF') } }),
  '20-png-as.html': (n) => expect(clean(n)).toMatchObject({ ok: false, error: { code: 'not-text', message: expect.stringContaining('PNG') } }),
  '21-zip-as.md': (n) => expect(clean(n)).toMatchObject({ ok: false, error: { code: 'not-text', message: expect.stringContaining('ZIP') } }),
  '22-random-bytes.txt': (n) => expect(clean(n)).toMatchObject({ ok: false, error: { code: 'not-text' } }),
  // Pinned: an empty or blank file is an empty article that says so, not an error.
  '23-empty.html': (n) => expect(codes(article(n))).toContain('body-empty'),
  '24-whitespace.md': (n) => expect(codes(article(n))).toContain('body-empty'),
  '25-huge.html': (n) => expect(clean(n)).toMatchObject({ ok: false, error: { code: 'too-large' } }),
  '26-big-ok.html': (n) => expect(article(n).blocks.length).toBeGreaterThan(100),
  '27-deep-100k.html': (n) => {
    expect(codes(article(n))).toContain('depth-limit');
    expect(article(n).text).toContain('美俄两国外长首次见面');
  },
  // Pinned: 20,000,000 bytes is under the 20 MiB cap, so it is cleaned, without a tree.
  '28-one-line-20MB.html': (n) => {
    expect(codes(article(n))).toContain('size-limit');
    expect(article(n).text).toContain('The council approved');
  },
  '29-1M-siblings.html': (n) => expect(codes(article(n))).toContain('size-limit'),
  '31-all-boilerplate.html': (n) => expect(codes(article(n)).some((c) => c === 'body-empty' || c === 'body-short')).toBe(true),
};

const OK_WITHOUT_WARNINGS = ['07-utf8-nometa.html', '08-utf8-bom.html', '09-gbk-meta.html', '10-gb18030-gb2312-label.html', '12-big5-meta.html', '14-utf16le-bom.html'];

const files = manifest.filter((e: BadInput) => !e.name.endsWith('/'));
// Hostile files: `html` within the allowlist here; checked in a real DOM by badInputRender.test.ts.
const HOSTILE = files.filter((e) => e.hostile).map((e) => e.name);
const timeout = (e: BadInput): number => (e.large ? 600_000 : 60_000);

describe('bad input corpus (SECURITY.md §5.5)', () => {
  it('covers every file with an expectation', () => {
    const covered = new Set([...Object.keys(EXPECT), ...OK_WITHOUT_WARNINGS, ...HOSTILE]);
    expect(files.map((e) => e.name).filter((n) => !covered.has(n))).toEqual([]);
  });

  for (const entry of files) {
    it(`${entry.name}: ${entry.what}`, () => {
      const result = clean(entry.name);
      if (entry.expect === 'REJ') expect(result.ok).toBe(false);
      else expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
      EXPECT[entry.name]?.(entry.name);
      if (OK_WITHOUT_WARNINGS.includes(entry.name)) {
        expect(codes(article(entry.name))).toEqual([]);
        expect(article(entry.name).text).toMatch(/美俄两国外长首次见面|總預算案/u);
      }
      if (result.ok) expect(htmlSafetyProblems(result.value.html)).toEqual([]);
    }, timeout(entry));
  }
});
