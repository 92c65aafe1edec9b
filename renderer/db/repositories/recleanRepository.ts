import { CLEANER_VERSION } from '../../../shared/clean/cleanerVersion';
import { blocksText, type CleanWarningCode, type ImportedCleanResult } from '../../../shared/model/CleanArticle';
import type { GleanerDb } from '../GleanerDb';
import { cleanFields } from './importRepository';
import { writeSearchRow } from './searchRepository';
import { ensureSourceForArticle } from './sourcesRepository';

/** Warnings about reading the file's bytes, which only the import saw. */
const DECODING_WARNINGS = new Set<CleanWarningCode>(['encoding-guessed', 'encoding-declaration-ignored', 'invalid-bytes', 'nul-bytes']);

/** Cleans one text again; the library passes a worker-backed cleaner, tests the cleaner itself. */
export type RecleanFn = (bytes: Uint8Array, fileName: string) => Promise<ImportedCleanResult>;

/** What re-cleaning one article did. */
export type RecleanOutcome =
  | { kind: 'recleaned'; articleId: string }
  | { kind: 'current'; articleId: string }
  | { kind: 'failed'; articleId: string; message: string };

/**
 * Runs the current cleaner again over an article's current version: the user's way to take up a
 * cleaner upgrade. The version keeps its original text, so every highlight, note and correction
 * (all anchored in the original's characters) stays where it was; only the cleaner's output (blocks,
 * removed regions, title, date, source …) is replaced, in place, in one transaction.
 *
 * The stored original is the decoded (and repaired) text, so it goes back to the cleaner as UTF-8
 * (valid UTF-8 wins over any declaration the page makes). If the cleaner reads it into a different
 * text, its ranges would not fit the stored original: the article is left as it was and the
 * outcome says why. The warnings about how the file was decoded are the import's: only the
 * import saw the bytes, so they are kept and the re-clean's own decoding warnings dropped.
 */
export async function recleanArticle(db: GleanerDb, articleId: string, clean: RecleanFn, options: { force?: boolean } = {}): Promise<RecleanOutcome> {
  const article = await db.articles.get(articleId);
  const version = article ? await db.versions.get(article.currentVersionId) : undefined;
  if (!article || !version) return { kind: 'failed', articleId, message: 'The article or its text is no longer in the library.' };
  if (!options.force && version.cleanerVersion >= CLEANER_VERSION) return { kind: 'current', articleId };
  // A backup made without originals restores versions with an empty original: cleaning nothing would wipe the article.
  if (version.original === '') return { kind: 'failed', articleId, message: 'Its original text is not in the library (restored from a backup without originals); re-import the file to re-clean it.' };

  const fileName = article.path.slice(article.path.lastIndexOf('/') + 1);
  const result = await clean(new TextEncoder().encode(version.original), fileName);
  if (!result.ok) return { kind: 'failed', articleId, message: result.error.message };
  const cleaned = result.value;
  const text = blocksText(cleaned.blocks);
  if (cleaned.original !== version.original) {
    return { kind: 'failed', articleId, message: 'The cleaner read this text differently from when it was imported; the article was left as it was.' };
  }

  const tables = [db.articles, db.versions, db.sources, db.highlights, db.documentNotes, db.search, db.searchText];
  return db.transaction('rw', tables, async (): Promise<RecleanOutcome> => {
    // The article may have changed while the cleaner ran (a new version imported): re-clean only what was read.
    const now = await db.articles.get(articleId);
    if (!now || now.currentVersionId !== version.id) return { kind: 'failed', articleId, message: 'The article changed while it was being cleaned; try again.' };
    // Rewritten whole: a version stored before 2026-12-06 also carries html and text, which would now be stale.
    const { html: _html, text: _text, ...kept } = version;
    await db.versions.put({ ...kept, blocks: cleaned.blocks, removed: cleaned.removed, cleanerVersion: cleaned.cleanerVersion });
    const sourceId = await ensureSourceForArticle(db, { name: cleaned.source, url: cleaned.url });
    await db.articles.update(articleId, {
      ...cleanFields(article.path, cleaned, text, sourceId),
      warnings: [...(now.warnings ?? []).filter((w) => DECODING_WARNINGS.has(w.code)), ...cleaned.warnings.filter((w) => !DECODING_WARNINGS.has(w.code))],
      updatedAt: Date.now(),
    });
    await writeSearchRow(db, articleId);
    return { kind: 'recleaned', articleId };
  });
}

/** Re-cleans articles one after another (each its own transaction); one failure never stops the rest. */
export async function recleanArticles(db: GleanerDb, articleIds: string[], clean: RecleanFn, options: { force?: boolean } = {}): Promise<RecleanOutcome[]> {
  const outcomes: RecleanOutcome[] = [];
  for (const id of articleIds) {
    try {
      outcomes.push(await recleanArticle(db, id, clean, options));
    } catch (e) {
      outcomes.push({ kind: 'failed', articleId: id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return outcomes;
}

/** Says what a re-clean did, in a sentence for the status line. */
export function describeRecleanOutcomes(outcomes: RecleanOutcome[]): string {
  const count = (kind: RecleanOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  const failed = outcomes.filter((o): o is Extract<RecleanOutcome, { kind: 'failed' }> => o.kind === 'failed');
  const parts = [`Re-cleaned ${count('recleaned')} of ${outcomes.length}`];
  if (count('current')) parts.push(`${count('current')} already cleaned by this version of the cleaner`);
  if (failed.length) parts.push(`${failed.length} not re-cleaned (${failed[0]!.message})`);
  return `${parts.join('; ')}.`;
}
