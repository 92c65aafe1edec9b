import { BARE_COUNTER, BARE_DATETIME, IMAGE_DEBRIS, PHRASE_RULES } from '../patterns/boilerplatePatterns';
import type { Segment } from '../Segment';
import { textStats } from '../text/textStats';

/** Score of a section header (related list, comments, platform notice): a wall the body does not cross. */
const SECTION_WALL = -80;

/** A breadcrumb: three or more short items joined by `>`, `»`, `›` or `/`. */
function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s*[>»›]\s*|\s+\/\s+/u).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => textStats(p).units <= 12);
}

/** A row of short items joined by `|` or `·`: menus and footers. */
function isPipeMenu(text: string): boolean {
  const parts = text.split(/\s*[|｜·•]\s*/u).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => textStats(p).units <= 14);
}

/** Names the boilerplate a segment's own text shows, if any. */
function phraseReason(seg: Segment): void {
  const { units } = textStats(seg.text);
  if (IMAGE_DEBRIS.some((re) => re.test(seg.text))) {
    seg.reason = 'image-debris';
    return;
  }
  for (const rule of PHRASE_RULES) {
    if (units <= rule.maxUnits && rule.pattern.test(seg.text)) {
      seg.reason = rule.reason;
      seg.sectionBreak = rule.startsSection ?? false;
      return;
    }
  }
  if (isBreadcrumb(seg.text)) seg.reason = 'navigation';
  else if (isPipeMenu(seg.text)) seg.reason = units > 40 ? 'footer' : 'navigation';
  else if (BARE_COUNTER.test(seg.text)) seg.reason = 'share';
  else if (BARE_DATETIME.test(seg.text)) seg.reason = 'metadata';
  else if (/^(https?:\/\/|www\.)\S+$/iu.test(seg.text)) seg.reason = 'share';
}

/**
 * Lists of other stories in a text dump repeat a pattern: headline, (headline again), outlet,
 * timestamp. Two or more timestamps a few lines apart mark every short line around them.
 */
function markStoryLists(segments: Segment[]): void {
  const stamps = segments.flatMap((s, i) => (BARE_DATETIME.test(s.text) ? [i] : []));
  for (let k = 0; k < stamps.length; k++) {
    const i = stamps[k]!;
    const near = (k > 0 && i - stamps[k - 1]! <= 6) || (k + 1 < stamps.length && stamps[k + 1]! - i <= 6);
    if (!near) continue;
    segments[i]!.reason = 'related';
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      const s = segments[j]!;
      if (BARE_DATETIME.test(s.text) || textStats(s.text).units > 90) break;
      if (!s.reason || s.reason === 'metadata') s.reason = 'related';
    }
  }
  // Consecutive identical lines (a headline over its own link text) are list entries too.
  for (let i = 1; i < segments.length; i++) {
    const a = segments[i - 1]!, b = segments[i]!;
    if (a.text === b.text && textStats(a.text).units < 80 && !a.reason) {
      a.reason = b.reason = 'related';
    }
  }
}

/** Article-likeness of one segment from its own text, links and layout. */
function scoreSegment(seg: Segment): number {
  // Image debris sits between paragraphs of the article itself: a dent, not a wall.
  if (seg.reason === 'image-debris') return -3;
  if (seg.reason) return seg.sectionBreak ? SECTION_WALL : -Math.max(8, Math.min(textStats(seg.text).units, 40));
  const st = textStats(seg.text);
  const u = st.units;
  let score: number;
  if (u >= 40 && st.punct >= 2) score = u;
  else if (u >= 12 && (st.punct >= 1 || st.endsSentence)) score = u * 0.7;
  else if (seg.kind === 'heading' || seg.kind === 'caption') score = -2;
  else if (u >= 25) score = -1;
  else score = -6;
  if (/^[△▲▼↑（(]?\s*(图|图片|圖|Photo|Image)?\s*[△▲▼↑]/u.test(seg.text)) score = Math.max(score, 3);
  const linkRatio = Math.min(1, seg.linkChars / Math.max(1, seg.text.length));
  score -= linkRatio * (Math.abs(score) + u) * 1.5;
  score += seg.prior * (Math.abs(score) + 10);
  return score;
}

/** Assigns rule-based reasons and a body score to every segment. */
export function classifySegments(segments: Segment[], format: 'html' | 'markdown' | 'text'): void {
  for (const seg of segments) phraseReason(seg);
  if (format === 'text') markStoryLists(segments);
  for (const seg of segments) {
    if (!seg.reason && seg.prior < -0.5 && seg.priorReason) seg.reason = seg.priorReason;
    seg.score = scoreSegment(seg);
  }
}
