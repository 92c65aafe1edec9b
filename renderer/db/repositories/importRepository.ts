import type { ImportItem } from '../../../shared/ipc/contract';
import { blocksText, type ImportedArticle } from '../../../shared/model/CleanArticle';
import type { Article, ArticleVersion } from '../../../shared/model/Library';
import { countWords } from '../../../shared/search/countWords';
import type { GleanerDb } from '../GleanerDb';
import { reanchorArticleHighlights } from './highlightsRepository';
import { ensureSourceForArticle } from './sourcesRepository';
import { pendingSearchText, writeSearchRow } from './searchRepository';
import { ingestTables } from './ingestTables';

/** What storing one import item did. */
export type IngestOutcome =
  | { kind: 'new'; articleId: string }
  | { kind: 'version'; articleId: string; versionCount: number }
  | { kind: 'duplicate'; articleId: string }
  | { kind: 'unchanged'; articleId: string }
  | { kind: 'not-stored'; reason: string }
  | { kind: 'failed'; message: string };

function newVersion(articleId: string, sha256: string, clean: ImportedArticle, now: number): ArticleVersion {
  return {
    id: sha256,
    articleId,
    encoding: clean.encoding,
    original: clean.original,
    blocks: clean.blocks,
    removed: clean.removed,
    cleanerVersion: clean.cleanerVersion,
    importedAt: now,
  };
}

/** The article fields that come from the cleaner (import and re-clean); the user's own fields are left to the caller. */
export function cleanFields(path: string, clean: ImportedArticle, text: string, sourceId: string | null) {
  const fileName = path.split('/').pop() ?? path;
  return {
    title: clean.title.trim() || fileName,
    published: clean.published,
    publishedKind: clean.publishedKind,
    sourceId,
    sourceName: clean.source,
    author: clean.author,
    url: clean.url,
    language: clean.language,
    format: clean.format,
    words: countWords(text),
    warnings: clean.warnings,
  } satisfies Partial<Article>;
}

async function storeFile(db: GleanerDb, item: ImportItem, sha256: string, articleId: string, now: number) {
  await db.files.put({ root: item.root, path: item.path, sha256, articleId, seenAt: now });
}

/**
 * Stores one imported file: a new article for a new path, a new version of the same article
 * when a known path changed (its highlights are re-anchored), an alias file row for an exact
 * duplicate under another name, and nothing for an unchanged file. Skipped and failed items
 * store nothing. Runs in one transaction of Dexie-only awaits, so the item is all-or-nothing.
 */
export async function ingestImportItem(db: GleanerDb, item: ImportItem, now = Date.now()): Promise<IngestOutcome> {
  if (item.status !== 'imported') return { kind: 'not-stored', reason: item.reason ?? item.error?.message ?? item.status };
  const clean = item.article;
  const sha256 = item.sha256;
  if (!clean || !sha256) return { kind: 'not-stored', reason: 'The import gave no article or checksum for this file.' };

  const text = blocksText(clean.blocks);
  return db.transaction('rw', ingestTables(db), async (): Promise<IngestOutcome> => {
    const file = await db.files.get([item.root, item.path]);
    if (file && file.sha256 === sha256) {
      // Back after being missing: the same bytes, so only the flag changes.
      const article = await db.articles.get(file.articleId);
      if (article?.fileMissing && article.root === item.root && article.path === item.path) await db.articles.update(article.id, { fileMissing: false });
      return { kind: 'unchanged', articleId: file.articleId };
    }

    // The same bytes are stored already (another name, another folder): record the alias only.
    const known = await db.versions.get(sha256);
    if (known) {
      await storeFile(db, item, sha256, known.articleId, now);
      return { kind: 'duplicate', articleId: known.articleId };
    }

    const sourceId = await ensureSourceForArticle(db, { name: clean.source, url: clean.url });
    const existingId = file?.articleId ?? (await db.articles.where('[root+path]').equals([item.root, item.path]).first())?.id;
    const existing = existingId ? await db.articles.get(existingId) : undefined;

    if (existing) {
      const version = newVersion(existing.id, sha256, clean, now);
      await db.versions.add(version);
      const versionCount = existing.versionCount + 1;
      await db.articles.update(existing.id, {
        ...cleanFields(item.path, clean, text, sourceId),
        currentVersionId: sha256,
        versionCount,
        updatedAt: now,
        fileMissing: false,
      });
      await storeFile(db, item, sha256, existing.id, now);
      await reanchorArticleHighlights(db, existing.id, version);
      await writeSearchRow(db, existing.id);
      return { kind: 'version', articleId: existing.id, versionCount };
    }

    const articleId = crypto.randomUUID();
    const article: Article = {
      id: articleId,
      path: item.path,
      root: item.root,
      ...cleanFields(item.path, clean, text, sourceId),
      currentVersionId: sha256,
      versionCount: 1,
      gradeOverride: null,
      tags: [],
      highlightCount: 0,
      noteCount: 0,
      importedAt: now,
      updatedAt: now,
      fileMissing: false,
    };
    await db.versions.add(newVersion(articleId, sha256, clean, now));
    await db.articles.add(article);
    await storeFile(db, item, sha256, articleId, now);
    // Searchable at once by its text; the background indexer builds its postings (indexPendingSearch).
    await db.searchText.put(pendingSearchText(articleId, { title: article.title, text, highlights: [], notes: [] }));
    return { kind: 'new', articleId };
  });
}

/**
 * Stores a batch in one transaction (fast: one commit for many files). If the batch fails,
 * each item is retried alone so one bad file cannot take the others down with it.
 */
export async function ingestImportItems(db: GleanerDb, items: ImportItem[], now = Date.now()): Promise<IngestOutcome[]> {
  try {
    return await db.transaction('rw', ingestTables(db), async () => {
      const outcomes: IngestOutcome[] = [];
      for (const item of items) outcomes.push(await ingestImportItem(db, item, now));
      return outcomes;
    });
  } catch {
    const outcomes: IngestOutcome[] = [];
    for (const item of items) {
      try {
        outcomes.push(await ingestImportItem(db, item, now));
      } catch (e) {
        outcomes.push({ kind: 'failed', message: storageErrorMessage(e) });
      }
    }
    return outcomes;
  }
}

/** Says a storage failure in words; a full disk is the one users can act on. */
export function storageErrorMessage(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'Not stored: the disk or browser storage is full.';
  return `Not stored: ${e instanceof Error ? e.message : String(e)}`;
}
