import { anchorSelector, prepareTarget, type AnchorTarget } from '../../../shared/anchor/anchorSelector';
import { describeRange } from '../../../shared/anchor/describeRange';
import type { MatchFormat } from '../../../shared/anchor/normalizeForMatch';
import type { ArticleVersion, Highlight } from '../../../shared/model/Library';

/**
 * The highlights that must change to point into `version`, already changed. Pure (no Dexie), so
 * the benchmark and tests can time and check it alone. An orphan keeps its old selectors and
 * version, so a later version can still find it; it is never dropped.
 */
export function reanchorHighlightRows(rows: readonly Highlight[], version: ArticleVersion, format: MatchFormat, now: number): Highlight[] {
  let target: AnchorTarget | null = null;
  const changed: Highlight[] = [];
  for (const row of rows) {
    if (row.versionId === version.id) continue;
    target ??= prepareTarget(version.original, format);
    const result = anchorSelector(target, { quote: row.quote, position: row.position });
    if (result.state === 'orphan') {
      if (row.anchor !== 'orphan') changed.push({ ...row, anchor: 'orphan', anchorScore: 0, updatedAt: now });
      continue;
    }
    const described = describeRange(version.original, target.norm, result.start, result.end);
    changed.push({
      ...row,
      versionId: version.id,
      // A fuzzy match keeps the user's quote until they accept the new text in review.
      quote: result.state === 'fuzzy' || !described ? row.quote : described.quote,
      position: { start: result.start, end: result.end },
      anchor: result.state,
      anchorScore: result.score,
      updatedAt: now,
    });
  }
  return changed;
}
