import type { Segment } from '../Segment';

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

/**
 * Picks the contiguous run of segments with the highest total score (maximum subarray).
 * Paragraphs score positive, chrome negative, section headers (related, comments, notices)
 * as walls; so the run covers the article with its subheadings and captions and stops at the
 * first wall, wherever the site put its boilerplate.
 */
export function selectBody(segments: Segment[]): BodySpan | null {
  const scores = escalateGaps(segments.map((s) => s.score));
  let best: BodySpan | null = null;
  let sum = 0, start = 0;
  for (let i = 0; i < segments.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > 0 && (!best || sum > best.total)) best = { first: start, last: i, total: sum };
  }
  if (!best) return null;
  // Trim negative edges Kadane may keep when they tie.
  while (best.first < best.last && segments[best.first]!.score <= 0) best.first++;
  while (best.last > best.first && segments[best.last]!.score <= 0) best.last--;
  return best;
}
