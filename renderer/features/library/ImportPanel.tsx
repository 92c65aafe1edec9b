import { useState } from 'react';
import { useImportSession } from './ImportSession';
import { summarize, type ImportResultStatus } from './importResults';
import { formatDuration } from './formatDuration';

/** Results listed at first and per "Show more": a 10,000-file import must not re-render 10,000 items per batch. */
const RESULTS_PAGE = 200;

const STATUS_LABELS: Record<ImportResultStatus, string> = { imported: 'Imported', warnings: 'With warnings', skipped: 'Skipped', failed: 'Failed' };

/**
 * The progress bar (done/total, current file, speed, time left, Cancel) and the per-file
 * results, which stay available after the import ends. `data-import-state` is the e2e marker.
 */
export function ImportPanel({ onOpenArticle }: { onOpenArticle: (id: string) => void }) {
  const session = useImportSession();
  const [showAll, setShowAll] = useState(false);
  const [shown, setShown] = useState(RESULTS_PAGE);
  const { progress, results, finished, error, root } = session;
  if (error) return <div role="alert" className="import-panel import-panel--error">Import did not start: {error}</div>;
  if (!session.jobId && !progress) return null;

  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const rate = progress?.rate ?? 0;
  const counts = summarize(results);
  const running = !finished;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '…';
  const listed = showAll ? results : results.filter((r) => r.status !== 'imported');

  return (
    <section className="import-panel" aria-label="Import" data-import-state={running ? 'running' : 'finished'} data-import-job={session.jobId ?? undefined}>
      <div className="import-panel__head">
        <strong>{root ? `${running ? 'Importing' : 'Imported'} “${root}”` : 'Import'}</strong>
        {running ? (
          <>
            <progress max={Math.max(total, 1)} value={done} aria-label="Import progress" />
            <span aria-live="polite">
              {done} / {total} · {rate.toFixed(1)} files/s · {eta} left
            </span>
            <button type="button" onClick={session.cancel}>Cancel</button>
          </>
        ) : (
          <span role="status">
            {progress?.cancelled ? 'Cancelled. ' : 'Done. '}
            {counts.imported} imported, {counts.warnings} with warnings, {counts.skipped} skipped, {counts.failed} failed.
          </span>
        )}
      </div>
      {running && progress?.currentPath && <div className="import-panel__current">Current: {progress.currentPath}</div>}
      {results.length > 0 && (
        <details className="import-results" open={counts.failed + counts.warnings > 0 && !running}>
          <summary>Per-file results ({results.length})</summary>
          <label>
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> Show imported files too
          </label>
          <ul aria-label="Import results">
            {listed.slice(0, shown).map((r) => (
              <li key={r.path} data-status={r.status}>
                <span className={`badge badge--${r.status}`}>{STATUS_LABELS[r.status]}</span>{' '}
                {r.articleId ? (
                  <button type="button" className="link" onClick={() => onOpenArticle(r.articleId!)}>{r.path}</button>
                ) : (
                  <span>{r.path}</span>
                )}{' '}
                <span className="import-results__detail">{r.detail}</span>
              </li>
            ))}
          </ul>
          {listed.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + RESULTS_PAGE)}>
              Show {Math.min(RESULTS_PAGE, listed.length - shown)} more ({listed.length - shown} not shown)
            </button>
          )}
        </details>
      )}
    </section>
  );
}
