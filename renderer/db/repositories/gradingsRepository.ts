import type { GleanerDb } from '../GleanerDb';
import { buildGradingsFile, type GradingsFile } from '../../../shared/sources/gradingsFormat';
import { planGradingsMerge, type GradingsMergePlan } from '../../../shared/sources/planGradingsMerge';
import { resolveGradingsMerge, type ConflictChoice } from '../../../shared/sources/resolveGradingsMerge';

/** All sources with their grades, rationales, history and tags, as a gradings file. */
export async function exportGradings(db: GleanerDb, now = new Date()): Promise<GradingsFile> {
  return db.transaction('r', [db.sources, db.tags], async () => buildGradingsFile(await db.sources.orderBy('name').toArray(), await db.tags.toArray(), now));
}

/** What importing a file would do against the current sources (nothing is written). */
export async function planGradingsImport(db: GleanerDb, file: GradingsFile): Promise<GradingsMergePlan> {
  return planGradingsMerge(await db.sources.toArray(), file);
}

/**
 * Writes an import with the user's conflict choices, in one transaction. The plan is made again
 * inside it, so a grade changed since the preview is not overwritten by a stale choice: a
 * conflict that was not shown keeps the local grade. Tags the file brings are added with their colours.
 */
export async function applyGradingsImport(db: GleanerDb, file: GradingsFile, choices: Readonly<Record<string, ConflictChoice>>, now = Date.now()): Promise<{ written: number }> {
  return db.transaction('rw', [db.sources, db.tags], async () => {
    const plan = planGradingsMerge(await db.sources.toArray(), file);
    const rows = resolveGradingsMerge(plan, choices, { now, newId: () => crypto.randomUUID() });
    await db.sources.bulkPut(rows);
    const known = new Set((await db.tags.toArray()).map((tag) => tag.name));
    const fresh = file.tags.filter((tag) => !known.has(tag.name) && (known.add(tag.name), true));
    await db.tags.bulkAdd(fresh);
    return { written: rows.length };
  });
}

/** Clears every grade and rationale (recorded in each source's history); tags and names stay. */
export async function clearAllGradings(db: GleanerDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.sources, async () => {
    const graded = await db.sources.filter((source) => source.grade !== null || source.rationale !== '').toArray();
    await db.sources.bulkPut(graded.map((source) => ({ ...source, grade: null, rationale: '', history: [...source.history, { grade: null, rationale: '', at: now }], updatedAt: now })));
    return graded.length;
  });
}
