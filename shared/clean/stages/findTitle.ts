import { BARE_DATETIME } from '../patterns/boilerplatePatterns';
import type { Segment } from '../Segment';
import { comparable, textStats } from '../text/textStats';

/** Splits a document title like `Headline - Section - Site` or `Headline_Site` into its parts. */
export function splitTitleParts(text: string): string[] {
  return text.split(/\s+[-–—|·]\s+|\s*[|｜_]\s*|\s+-\s*/u).map((p) => p.trim()).filter(Boolean);
}

/** A headline's length: a few words up to a long Chinese headline. */
function headlineLength(text: string): boolean {
  const { units, cjk, words } = textStats(text);
  if (cjk >= 4) return cjk >= 5 && units <= 90;
  return words >= 2 && words <= 30;
}

/**
 * Picks the headline from the segments before the body. Evidence: a heading tag, the text
 * appearing again elsewhere (alt text, the page title line `Headline - Site`), metadata or a
 * share bar right after it, closeness to the body; sentences and chrome count against.
 */
export function findTitle(segments: Segment[], bodyFirst: number, documentTitle: string | null): { text: string; index: number } | null {
  const docParts = documentTitle ? splitTitleParts(documentTitle).map(comparable) : [];
  const counts = new Map<string, number>();
  for (const s of segments) {
    const key = comparable(s.text);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const firstLineParts = segments[0] ? splitTitleParts(segments[0].text).map(comparable) : [];
  let best: { text: string; index: number; score: number } | null = null;
  const from = Math.max(0, bodyFirst - 30);
  const to = Math.min(segments.length - 1, bodyFirst);
  for (let i = from; i <= to; i++) {
    const seg = segments[i]!;
    const text = seg.text.replace(/^#+\s*/u, '').trim();
    if (!headlineLength(text) || BARE_DATETIME.test(text)) continue;
    if (seg.reason && seg.reason !== 'related' && seg.reason !== 'duplicate-title') continue;
    const key = comparable(text);
    let score = 0;
    if (seg.kind === 'heading') score += seg.level === 1 ? 5 : 3;
    if ((counts.get(key) ?? 0) > 1) score += 3;
    if (docParts.includes(key)) score += 6;
    else if (docParts.some((p) => p.length > 4 && (p.includes(key) || key.includes(p)))) score += 3;
    if (i > 0 && firstLineParts.length > 1 && firstLineParts[0] === key) score += 4;
    const next = segments[i + 1];
    if (next && (next.reason === 'metadata' || next.reason === 'share' || BARE_DATETIME.test(next.text))) score += 2;
    if (i === bodyFirst) score -= 4;
    const st = textStats(text);
    if (/[。.]$/u.test(text) && st.punct > 1) score -= 4;
    if (st.punct > 4) score -= 2;
    if (seg.linkChars > text.length * 0.5) score -= 3;
    score -= (bodyFirst - i) * 0.15;
    if (!best || score > best.score) best = { text, index: i, score };
  }
  if (best && best.score > -3) return { text: best.text, index: best.index };
  if (documentTitle) {
    const parts = splitTitleParts(documentTitle);
    const text = parts.reduce((a, b) => (textStats(b).units > textStats(a).units ? b : a), parts[0] ?? documentTitle);
    return { text, index: -1 };
  }
  return null;
}
