import type { Segment } from '../Segment';
import { findDates } from '../text/findDates';
import { textStats } from '../text/textStats';

/** The chosen article span: segments [first, last] inclusive, or null when nothing looks like an article. */
export interface BodySpan {
  first: number;
  last: number;
  total: number;
}

/**
 * Long gaps cost more than their parts: the k-th non-article segment in a row weighs 1 + k/2
 * times its own score. A caption or subheading between paragraphs stays cheap, while thirty
 * lines of comments or widgets become a wall that a feed of story summaries below cannot buy.
 */
function escalateGaps(scores: number[]): number[] {
  let run = 0;
  return scores.map((s) => {
    if (s > 0) {
      run = 0;
      return s;
    }
    return s * (1 + 0.1 * run++);
  });
}

/** Maximum-sum contiguous run over scores, skipping masked positions (already taken). */
function bestRun(scores: number[], taken: boolean[]): BodySpan | null {
  let best: BodySpan | null = null;
  let sum = 0, start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (taken[i]) {
      sum = 0;
      start = i + 1;
      continue;
    }
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > 0 && (!best || sum > best.total)) best = { first: start, last: i, total: sum };
  }
  return best;
}

/**
 * A news header right before a span: a headline-shaped line with a date line a few lines under
 * it. Comment threads and feeds can outweigh a short article, but they do not open like one.
 */
export function hasNewsHeader(segments: Segment[], first: number): boolean {
  // The headline and its date line may sit just inside the span when they scored as text.
  for (let d = Math.max(0, first - 10); d < Math.min(segments.length, first + 4); d++) {
    const dateLine = segments[d]!;
    const st = textStats(dateLine.text);
    if (st.units >= 60 || !findDates(dateLine.text).length || dateLine.reason === 'related') continue;
    for (let h = Math.max(0, d - 5); h < d; h++) {
      const head = segments[h]!;
      const hs = textStats(head.text);
      const headline = (hs.cjk >= 8 && hs.cjk <= 60) || (hs.cjk < 4 && hs.words >= 4 && hs.words <= 25);
      if (headline && !findDates(head.text).length && head.reason !== 'navigation') return true;
    }
  }
  return false;
}

/**
 * Picks the contiguous run of segments with the highest total score (maximum subarray).
 * Paragraphs score positive, chrome negative, section headers (related, comments, notices)
 * as walls; so the run covers the article with its subheadings and captions and stops at the
 * first wall, wherever the site put its boilerplate. Among the few best runs, one that opens
 * with a news header (headline, then date) beats a heavier one that does not.
 */
export function selectBody(segments: Segment[]): BodySpan | null {
  const scores = escalateGaps(segments.map((s) => s.score));
  const taken = segments.map(() => false);
  const runs: BodySpan[] = [];
  for (let k = 0; k < 4; k++) {
    const run = bestRun(scores, taken);
    if (!run) break;
    runs.push(run);
    for (let i = run.first; i <= run.last; i++) taken[i] = true;
  }
  if (!runs.length) return null;
  // What follows a comments header is readers' text, however long: an article before it wins.
  const commentsAt = segments.findIndex((seg) => seg.sectionBreak && seg.reason === 'comments');
  const afterComments = (r: BodySpan) => commentsAt !== -1 && r.first > commentsAt;
  if (afterComments(runs[0]!)) {
    const before = runs.find((r) => !afterComments(r) && r.total >= 80);
    if (before) runs.unshift(...runs.splice(runs.indexOf(before), 1));
  }
  let best = runs[0]!;
  if (!hasNewsHeader(segments, best.first)) {
    const headed = runs.find((r) => r.total >= best.total * 0.25 && r.total >= 80 && hasNewsHeader(segments, r.first));
    if (headed) best = headed;
  }
  best = { ...best };
  // Trim negative edges Kadane may keep when they tie.
  while (best.first < best.last && segments[best.first]!.score <= 0) best.first++;
  while (best.last > best.first && segments[best.last]!.score <= 0) best.last--;
  return best;
}
