// @vitest-environment jsdom
 
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
 
import DOMPurify from 'dompurify';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBadInputs } from '../../scripts/generateBadInputs';
import { cleanClipping } from './cleanClipping';

// SECURITY.md S10 on the hostile files of the bad-input corpus: the clean html, parsed by a real
// DOM as is and after DOMPurify (what the renderer does before insertion), holds no live
// handler, no active element and no script URL.
const dir = mkdtempSync(join(tmpdir(), 'gleaner-hostile-'));
const hostile = generateBadInputs(dir, { large: false, filesystem: false }).filter((e) => e.hostile);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Live handlers, active elements and script URLs under `root`, in words. */
function liveProblems(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (/^(script|iframe|object|embed|portal|svg|math|base|meta|form|input|frame|frameset|style|link)$/u.test(tag)) out.push(`<${tag}>`);
    for (const name of el.getAttributeNames()) {
      // Browsers ignore whitespace and controls inside a URL scheme, so compare without them.
      const value = (el.getAttribute(name) ?? '').replace(/[\s\u0000-\u001f]/gu, '');
      if (/^on/iu.test(name)) out.push(`${tag}[${name}]`);
      if (/^(javascript|vbscript|data:text\/html)/iu.test(value)) out.push(`${tag}[${name}=${value.slice(0, 30)}]`);
    }
  }
  return out;
}

const parse = (html: string): Document => new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');

describe('hostile markup leaves nothing live in the renderer (S10)', () => {
  it('has the hostile files', () => expect(hostile.length).toBeGreaterThanOrEqual(7));

  for (const { name } of hostile) {
    describe(name, () => {
      const input = readFileSync(join(dir, name));
      it('the raw payload is live (so the checks below can fail)', () => {
        expect(liveProblems(parse(input.toString('utf8')).documentElement).length).toBeGreaterThan(0);
      });
      it('the clean html has none of it, as parsed and after DOMPurify', () => {
        const result = cleanClipping(new Uint8Array(input), name);
        if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
        const { html, text } = result.value;
        expect(text.length, 'the article around the payload survives').toBeGreaterThan(200);
        for (const bad of ['<script', '<svg', '<math', '<iframe', '<object', '<embed', 'javascript:']) expect(html.toLowerCase()).not.toContain(bad);
        expect(liveProblems(parse(html).body)).toEqual([]);
        const host = document.createElement('div');
        host.append(DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true }));
        document.body.append(host);
        expect(liveProblems(host)).toEqual([]);
        host.remove();
      });
    });
  }
});
