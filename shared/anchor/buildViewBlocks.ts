import type { BlockKind, CleanBlock } from '../model/CleanArticle';
import type { TextPositionSelector } from '../model/Library';
import type { MatchFormat } from './normalizeForMatch';
import { plainTextOf } from './plainTextOf';

/** One block as the clean pane shows it: the cleaner's block, or a region the user restored. */
export interface ViewBlock {
  /** Stable within a version: the block's original range. */
  key: string;
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  level?: number;
  restored: boolean;
}

/** The user's corrections: original ranges restored into or dropped from the clean text. */
export interface OverrideRanges {
  restored: readonly TextPositionSelector[];
  dropped: readonly TextPositionSelector[];
}

/** True when `inner` lies within `outer`. */
export function within(inner: { start: number; end: number }, outer: TextPositionSelector): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Applies the user's corrections to the cleaner's blocks. Ranges are in original coordinates,
 * so a re-clean of the same original (new block boundaries, new removals) keeps them meaningful:
 * a block is dropped when it lies inside a dropped range; a restored range becomes a paragraph
 * of its own unless kept blocks already cover it. Result is in original order.
 */
export function buildViewBlocks(
  blocks: readonly CleanBlock[],
  override: OverrideRanges | null,
  original: string,
  format: MatchFormat,
): ViewBlock[] {
  const dropped = override?.dropped ?? [];
  const kept: ViewBlock[] = blocks
    .filter((b) => !dropped.some((d) => within(b, d)))
    .map((b) => ({ key: `${b.start}-${b.end}`, kind: b.kind, text: b.text, start: b.start, end: b.end, level: b.level, restored: false }));
  for (const r of override?.restored ?? []) {
    if (r.start < 0 || r.end > original.length || r.end <= r.start) continue;
    if (kept.some((b) => b.start < r.end && b.end > r.start)) continue;
    const text = plainTextOf(original, r.start, r.end, format);
    if (text) kept.push({ key: `r${r.start}-${r.end}`, kind: 'paragraph', text, start: r.start, end: r.end, restored: true });
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
