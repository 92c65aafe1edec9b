import type { Highlight } from '../../../shared/model/Library';

/** Highlights as the reader groups them. */
export interface HighlightGroups {
  /** Anchored in the shown version, in document order. */
  placed: Highlight[];
  /** Not found in the shown version (kept, listed, never deleted). */
  orphans: Highlight[];
  /** Deleted by the user, most recent first. */
  trash: Highlight[];
}

/** Splits an article's highlights for the side list. */
export function splitHighlights(all: readonly Highlight[], versionId: string): HighlightGroups {
  const placed: Highlight[] = [];
  const orphans: Highlight[] = [];
  const trash: Highlight[] = [];
  for (const h of all) {
    if (h.deletedAt !== null) trash.push(h);
    else if (h.versionId === versionId && h.anchor !== 'orphan') placed.push(h);
    else orphans.push(h);
  }
  placed.sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end || a.createdAt - b.createdAt);
  orphans.sort((a, b) => a.createdAt - b.createdAt);
  trash.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  return { placed, orphans, trash };
}

/** The first words of a text for a list line. */
export function firstWords(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
