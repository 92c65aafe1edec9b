import type { RemovalReason, RemovedRegion } from '../../../shared/model/CleanArticle';
import { within, type OverrideRanges } from '../../../shared/anchor/buildViewBlocks';

/** A stretch of the original as the Original pane shows it. */
export interface OriginalSegment {
  start: number;
  end: number;
  /** text: kept by the cleaner; removed: dropped by it; restored: removed, but the user put it back; dropped: kept, but the user took it out. */
  kind: 'text' | 'removed' | 'restored' | 'dropped';
  reason?: RemovalReason;
}

/**
 * Cuts the original into segments for shading. Regions are clipped so they never overlap
 * (the cleaner's regions should not, but a stored override may straddle a re-clean).
 */
export function originalSegments(length: number, removed: readonly RemovedRegion[], override: OverrideRanges | null): OriginalSegment[] {
  const marks: OriginalSegment[] = [];
  for (const r of removed) {
    const restored = override?.restored.some((o) => within(r, o) || within(o, r)) ?? false;
    marks.push({ start: r.start, end: r.end, kind: restored ? 'restored' : 'removed', reason: r.reason });
  }
  for (const d of override?.dropped ?? []) marks.push({ start: d.start, end: d.end, kind: 'dropped' });
  for (const o of override?.restored ?? []) {
    if (!removed.some((r) => within(r, o) || within(o, r))) marks.push({ start: o.start, end: o.end, kind: 'restored' });
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);

  const out: OriginalSegment[] = [];
  let at = 0;
  for (const m of marks) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, length);
    if (end <= start) continue;
    if (start > at) out.push({ start: at, end: start, kind: 'text' });
    out.push({ ...m, start, end });
    at = end;
  }
  if (at < length) out.push({ start: at, end: length, kind: 'text' });
  return out;
}
