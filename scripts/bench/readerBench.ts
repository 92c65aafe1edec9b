/**
 * `npm run bench` section: the reader on a 200 KB clipping with 200 highlights, through H3's
 * readerBenchmark (layout, both panes' DOM, painting) in jsdom, and re-anchoring the 200
 * highlights after the clipping is edited and cleaned again.
 */
import { JSDOM } from 'jsdom';
import type { MatchFormat } from '../../shared/anchor/normalizeForMatch';
import { cleanClipping } from '../../shared/clean/cleanClipping';
import type { ArticleVersion } from '../../shared/model/Library';
import { sampleHighlights, timeReaderOpen, timeReanchor } from '../../renderer/features/reader/paint/readerBenchmark';
import { printTable, quantile, type BenchSection } from './BenchSection';
import { clippingOfSize } from './generateClippings';

const BYTES = 200 * 1024;
const HIGHLIGHTS = 200;
const REPEAT = 7;

function versionOf(id: string, source: string, name: string): { version: ArticleVersion; format: MatchFormat; cleanMs: number } {
  const t0 = performance.now();
  const result = cleanClipping(new TextEncoder().encode(source), name);
  const cleanMs = performance.now() - t0;
  if (!result.ok) throw new Error(`the reader bench clipping did not clean: ${result.error.message}`);
  const a = result.value;
  const version: ArticleVersion = { id, articleId: 'bench', encoding: a.encoding, original: a.original, blocks: a.blocks, removed: a.removed, html: a.html, text: a.text, cleanerVersion: a.cleanerVersion, importedAt: 0 };
  return { version, format: a.format, cleanMs };
}

/** What a user's edit does: a new lead paragraph, every eighth paragraph reworded, one paragraph cut. */
function edit(source: string, kind: 'html' | 'text'): string {
  const sep = kind === 'html' ? '</p>' : '\n\n';
  const parts = source.split(sep);
  const changed = parts.map((p, i) => (i % 8 === 3 ? p.replace(/[，,]/u, '；') : p)).filter((_, i) => i !== Math.floor(parts.length / 3));
  const lead = kind === 'html' ? '<p>编者按：本文有更新，补充了最新情况。' : '编者按：本文有更新，补充了最新情况。';
  const at = Math.min(2, changed.length - 1);
  changed.splice(at, 0, lead);
  return changed.join(sep);
}

export const readerBench: BenchSection = {
  name: 'reader',
  about: `open a ${BYTES / 1024} KB clipping with ${HIGHLIGHTS} highlights (layout + both panes + paint, jsdom), and re-anchor them after an edit (median of ${REPEAT})`,
  async run() {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    const rows: Array<Array<string | number>> = [];
    const anchors: string[] = [];
    for (const kind of ['text', 'html'] as const) {
      const source = await clippingOfSize(kind, BYTES);
      const name = kind === 'html' ? 'bench.html' : 'bench.txt';
      const v1 = versionOf('v1', source, name);
      const v2 = versionOf('v2', edit(source, kind), name);
      const highlights = sampleHighlights(v1.version, v1.format, HIGHLIGHTS);
      timeReaderOpen(dom.window.document, v1.version, v1.format, highlights); // warm the JIT
      const opens = Array.from({ length: REPEAT }, () => timeReaderOpen(dom.window.document, v1.version, v1.format, highlights));
      const reanchors = Array.from({ length: REPEAT }, () => timeReanchor(highlights, v2.version, v2.format));
      const med = (k: 'layoutMs' | 'mountMs' | 'paintMs' | 'totalMs') => quantile(opens.map((o) => o[k]), 0.5);
      const kb = (Buffer.byteLength(source) / 1024).toFixed(0);
      rows.push([`${kind} ${kb} KB, ${v1.version.blocks.length} blocks`, highlights.length, opens[0]!.ranges, med('layoutMs'), med('mountMs'), med('paintMs'), med('totalMs'), quantile(reanchors.map((r) => r.ms), 0.5), v1.cleanMs]);
      anchors.push(`${kind}: ${Object.entries(reanchors[0]!.states).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    }
    printTable(['clipping', 'highlights', 'ranges painted', 'layout ms', 'panes ms', 'paint ms', 'open total ms', 're-anchor ms', '(clean ms)'], rows);
    console.log(`re-anchor outcomes after the edit: ${anchors.join('; ')}`);
    console.log('target: open <= 300 ms. jsdom has no layout or CSS Highlight API, so "paint" is the range building the reader does; Chromium adds style and layout of the panes. React rendering is not included.');
  },
};
