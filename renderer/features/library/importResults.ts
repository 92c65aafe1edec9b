import type { ImportItem } from '../../../shared/ipc/contract';
import type { IngestOutcome } from '../../db/repositories/importRepository';

/** How one file of an import ended, as the results list shows it. */
export type ImportResultStatus = 'imported' | 'warnings' | 'skipped' | 'failed';

export interface ImportResult {
  path: string;
  status: ImportResultStatus;
  /** What happened in words: "new article", "version 2", "duplicate of …", a reason, a warning. */
  detail: string;
  articleId: string | null;
}

/** Combines what the host said about a file with what storing it did. */
export function importResultOf(item: ImportItem, outcome: IngestOutcome): ImportResult {
  const base = { path: item.path, articleId: null };
  if (item.status === 'skipped') return { ...base, status: 'skipped', detail: item.reason ?? 'Skipped.' };
  if (item.status === 'failed') return { ...base, status: 'failed', detail: item.reason ?? item.error?.message ?? 'Failed.' };
  switch (outcome.kind) {
    case 'failed':
      return { ...base, status: 'failed', detail: outcome.message };
    case 'not-stored':
      return { ...base, status: 'failed', detail: outcome.reason };
    case 'unchanged':
      return { ...base, articleId: outcome.articleId, status: 'imported', detail: 'Unchanged since the last import.' };
    case 'duplicate':
      return { ...base, articleId: outcome.articleId, status: 'imported', detail: 'Exact duplicate of an article already in the library.' };
    case 'new':
    case 'version': {
      const what = outcome.kind === 'new' ? 'New article.' : `Changed: stored as version ${outcome.versionCount}.`;
      const warnings = item.article?.warnings ?? [];
      if (warnings.length === 0) return { ...base, articleId: outcome.articleId, status: 'imported', detail: what };
      return { ...base, articleId: outcome.articleId, status: 'warnings', detail: `${what} ${warnings.map((w) => w.message).join(' ')}` };
    }
  }
}

/** Counts per status for the summary line. */
export function summarize(results: readonly ImportResult[]): Record<ImportResultStatus, number> {
  const counts: Record<ImportResultStatus, number> = { imported: 0, warnings: 0, skipped: 0, failed: 0 };
  for (const r of results) counts[r.status] += 1;
  return counts;
}
