import { anchorSelector, prepareTarget } from '../../../shared/anchor/anchorSelector';
import { describeRange } from '../../../shared/anchor/describeRange';
import type { MatchFormat } from '../../../shared/anchor/normalizeForMatch';
import { normalizeForMatch } from '../../../shared/anchor/normalizeForMatch';
import type { ArticleVersion, CleanOverride, TextPositionSelector } from '../../../shared/model/Library';
import type { GleanerDb } from '../GleanerDb';

/**
 * The stored override row. `versionId` (an addition to CleanOverride, stored alongside) says
 * which original the ranges index, so a new version of the clipping can carry them over.
 */
export interface StoredOverride extends CleanOverride {
  versionId?: string;
}

type RangeList = 'restored' | 'dropped';

const sameRange = (a: TextPositionSelector, b: TextPositionSelector) => a.start === b.start && a.end === b.end;

/** The user's corrections for an article, or undefined when there are none. */
export async function getOverride(db: GleanerDb, articleId: string): Promise<StoredOverride | undefined> {
  return db.overrides.get(articleId);
}

/**
 * Adds a range to the restored or dropped list, or takes it out when it is there already.
 * One transaction. Returns the row as it was, for undo with `putOverride`.
 */
export async function toggleOverrideRange(
  db: GleanerDb,
  articleId: string,
  versionId: string,
  list: RangeList,
  range: TextPositionSelector,
  now = Date.now(),
): Promise<StoredOverride | undefined> {
  return db.transaction('rw', db.overrides, async () => {
    const before: StoredOverride | undefined = await db.overrides.get(articleId);
    const next: StoredOverride = before ? { ...before, restored: [...before.restored], dropped: [...before.dropped] } : { articleId, restored: [], dropped: [], updatedAt: now };
    const ranges = next[list];
    const at = ranges.findIndex((r) => sameRange(r, range));
    if (at >= 0) ranges.splice(at, 1);
    else ranges.push({ start: range.start, end: range.end });
    const row: StoredOverride = { ...next, versionId, updatedAt: now };
    await db.overrides.put(row);
    return before;
  });
}

/** Puts an override row back as it was (undo); undefined removes it. */
export async function putOverride(db: GleanerDb, articleId: string, row: StoredOverride | undefined): Promise<void> {
  await db.transaction('rw', db.overrides, async () => {
    if (row) await db.overrides.put(row);
    else await db.overrides.delete(articleId);
  });
}

function moveRanges(old: string, format: MatchFormat, ranges: TextPositionSelector[], target: ReturnType<typeof prepareTarget>) {
  const oldNorm = normalizeForMatch(old, format);
  const out: TextPositionSelector[] = [];
  for (const range of ranges) {
    const selector = describeRange(old, oldNorm, range.start, range.end);
    const found = selector && anchorSelector(target, selector);
    // A correction whose text is gone has nothing left to correct; keep the rest.
    if (found && (found.state === 'exact' || found.state === 'moved')) out.push({ start: found.start, end: found.end });
  }
  return out;
}

/**
 * Carries an article's corrections over to a new version of its original by finding each
 * range's text there. Runs inside the caller's transaction (overrides and versions tables).
 */
export async function reanchorOverride(db: GleanerDb, articleId: string, version: ArticleVersion, format: MatchFormat): Promise<void> {
  const row: StoredOverride | undefined = await db.overrides.get(articleId);
  if (!row || !row.versionId || row.versionId === version.id) return;
  const old = await db.versions.get(row.versionId);
  if (!old) return;
  const target = prepareTarget(version.original, format);
  const moved: StoredOverride = {
    ...row,
    versionId: version.id,
    restored: moveRanges(old.original, format, row.restored, target),
    dropped: moveRanges(old.original, format, row.dropped, target),
  };
  await db.overrides.put(moved);
}
