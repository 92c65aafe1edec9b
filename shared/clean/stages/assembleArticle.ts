import type { CleanBlock, RemovedRegion, RemovalReason } from '../../model/CleanArticle';
import type { Segment } from '../Segment';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Kept segments -> blocks with their original ranges. */
export function toBlocks(segments: Segment[]): CleanBlock[] {
  return segments.filter((s) => s.keep).map((s) => {
    const block: CleanBlock = { kind: s.kind, text: s.text, start: s.start, end: s.end };
    if (s.kind === 'heading') block.level = s.level ?? 2;
    return block;
  });
}

/**
 * A removed region's snippet, enough to name it in a list. The reader shades regions by their
 * ranges in the stored original; every version stores its regions, so longer snippets only
 * made imports heavier.
 */
const SNIPPET_CHARS = 80;

/** Dropped segments (and skipped markup) -> removed regions, adjacent ones of one reason merged. */
export function toRemoved(segments: Segment[], bodyFirst: number, bodyLast: number, extra: RemovedRegion[] = []): RemovedRegion[] {
  const regions: RemovedRegion[] = [...extra];
  segments.forEach((s, i) => {
    if (s.keep) return;
    const reason: RemovalReason = s.reason ?? s.priorReason ?? (i < bodyFirst ? 'navigation' : i > bodyLast ? 'footer' : 'other');
    regions.push({ reason, start: s.start, end: s.end, text: s.text.slice(0, SNIPPET_CHARS) });
  });
  regions.sort((a, b) => a.start - b.start);
  // Two removals merge only across a gap that holds no kept text: a region must never cover the article.
  const keptStarts = segments.filter((s) => s.keep).map((s) => s.start).sort((a, b) => a - b);
  const keptBetween = (from: number, to: number): boolean => {
    let lo = 0, hi = keptStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keptStarts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < keptStarts.length && keptStarts[lo]! < to;
  };
  const merged: RemovedRegion[] = [];
  for (const r of regions) {
    const prev = merged[merged.length - 1];
    if (prev && prev.reason === r.reason && r.start <= prev.end + 200 && r.start >= prev.start && !keptBetween(prev.end, r.start)) {
      prev.end = Math.max(prev.end, r.end);
      if (prev.text.length < SNIPPET_CHARS) prev.text = `${prev.text} ${r.text}`.slice(0, SNIPPET_CHARS);
    } else if (prev && r.end <= prev.end) {
      continue;
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}

/** Blocks -> the allowlisted HTML the clean pane shows (no attributes at all). */
export function blocksToHtml(blocks: CleanBlock[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of blocks) {
    if (b.kind !== 'list-item' && inList) {
      out.push('</ul>');
      inList = false;
    }
    const t = escapeHtml(b.text);
    switch (b.kind) {
      case 'heading': {
        const level = Math.min(6, Math.max(2, b.level ?? 2));
        out.push(`<h${level}>${t}</h${level}>`);
        break;
      }
      case 'list-item':
        if (!inList) out.push('<ul>');
        inList = true;
        out.push(`<li>${t}</li>`);
        break;
      case 'quote':
        out.push(`<blockquote><p>${t}</p></blockquote>`);
        break;
      case 'caption':
        out.push(`<figure><figcaption>${t}</figcaption></figure>`);
        break;
      case 'preformatted':
      case 'paragraph':
        out.push(`<p>${t}</p>`);
        break;
    }
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}
