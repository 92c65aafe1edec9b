import { makeSegment, type Segment } from '../Segment';
import { joinInline } from './htmlSegments';

const BLOCK_TAG = /^(p|div|br|h[1-6]|li|tr|td|th|table|ul|ol|section|article|header|footer|nav|aside|blockquote|pre|figure|figcaption|dd|dt|hr|main|form)$/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·' };

/** Decodes the named and numeric character references text dumps and flat HTML carry. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

/**
 * HTML too deep or too large for a tree -> segments from a single linear scan of the markup:
 * scripts, styles and comments dropped, block tags as breaks. Loses layout evidence but never
 * overflows a stack or blows the memory budget.
 */
export function flattenHtml(html: string): Segment[] {
  const segments: Segment[] = [];
  const token = /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?([a-zA-Z][\w:-]*)[^>]*>|[^<]+|</g;
  let parts: string[] = [], start = -1, end = -1, linkChars = 0, inLink = false;
  const flush = (): void => {
    const text = joinInline(parts.map(decodeEntities));
    if (text && start >= 0) {
      const seg = makeSegment(text, start, end);
      seg.linkChars = Math.min(linkChars, text.length);
      segments.push(seg);
    }
    parts = [];
    start = -1;
    linkChars = 0;
  };
  for (const m of html.matchAll(token)) {
    const tag = m[2];
    if (tag) {
      if (BLOCK_TAG.test(tag)) flush();
      if (tag.toLowerCase() === 'a') inLink = !m[0].startsWith('</');
      continue;
    }
    if (m[1] || m[0].startsWith('<!--')) continue;
    const text = m[0];
    if (!text.trim() && start < 0) continue;
    if (start < 0) start = m.index;
    end = m.index + text.length;
    parts.push(text);
    if (inLink) linkChars += text.trim().length;
  }
  flush();
  return segments;
}

/** Deepest element nesting, estimated from tags alone (void elements ignored), without building a tree. */
export function estimateDepth(html: string, limit: number): number {
  const voids = /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|td|tr|th|option)$/i;
  let depth = 0, max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (voids.test(m[2]!) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > max && (max = depth) > limit) return max;
  }
  return max;
}
