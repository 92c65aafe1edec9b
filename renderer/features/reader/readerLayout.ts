import { alignBlock, type BlockAlignment } from '../../../shared/anchor/alignBlock';
import { buildViewBlocks, type OverrideRanges, type ViewBlock } from '../../../shared/anchor/buildViewBlocks';
import { normalizeForMatch, type MatchFormat, type NormalizedText } from '../../../shared/anchor/normalizeForMatch';
import type { ArticleVersion } from '../../../shared/model/Library';
import { originalSegments, type OriginalSegment } from './originalSegments';

/** What both panes are drawn from: the version's original and the clean blocks, aligned. */
export interface ReaderLayout {
  versionId: string;
  format: MatchFormat;
  original: string;
  norm: NormalizedText;
  blocks: ViewBlock[];
  alignments: BlockAlignment[];
  segments: OriginalSegment[];
}

/** Folds a version once; the layout below reuses it when only the user's corrections change. */
export function foldVersion(version: ArticleVersion, format: MatchFormat): NormalizedText {
  return normalizeForMatch(version.original, format);
}

/** Builds the panes' model. Pure, so the benchmark can time it without a DOM. */
export function buildReaderLayout(version: ArticleVersion, format: MatchFormat, norm: NormalizedText, override: OverrideRanges | null): ReaderLayout {
  const blocks = buildViewBlocks(version.blocks, override, version.original, format);
  return {
    versionId: version.id,
    format,
    original: version.original,
    norm,
    blocks,
    alignments: blocks.map((b) => alignBlock(b.text, norm, b.start, b.end)),
    segments: originalSegments(version.original.length, version.removed, override),
  };
}

/** The index of the view block holding an original offset (or the nearest one after it); -1 when none. */
export function blockAtOffset(blocks: readonly ViewBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((blocks[mid] as ViewBlock).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < blocks.length ? lo : -1;
}
