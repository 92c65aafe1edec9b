import { useCallback, useState } from 'react';
import type { SourceGrade } from '../../../shared/model/Library';
import { useDb } from '../../db/DbContext';
import { useSourceRows } from '../../db/hooks/useSourceRows';
import { gradeSource } from '../../db/repositories/sourcesRepository';
import { GradingsActions } from './GradingsActions';
import { SourceDetail } from './SourceDetail';
import { SourcesTable } from './SourcesTable';
import { TagManager } from './TagManager';
import { useGradeShortcuts } from './useGradeShortcuts';
import './sources.css';

/** The Sources view: the table of outlets, the selected source's detail, gradings sharing and tags. */
export function SourcesView({ onOpenArticle }: { onOpenArticle: (articleId: string) => void }) {
  const db = useDb();
  const rows = useSourceRows();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [showTags, setShowTags] = useState(false);
  const selected = rows?.find((row) => row.source.id === selectedId)?.source ?? null;

  const gradeSelected = useCallback(
    (grade: SourceGrade) => {
      if (selected) void gradeSource(db, selected.id, grade, selected.rationale).catch((e: unknown) => setStatus(String(e)));
    },
    [db, selected],
  );
  useGradeShortcuts(selected !== null, gradeSelected);

  if (!rows) return <section className="sources" aria-busy="true" />;
  return (
    <section className="sources" aria-label="Sources" data-ready="sources">
      <div className="sources__actions">
        <GradingsActions onStatus={setStatus} />
        <button type="button" aria-pressed={showTags} onClick={() => setShowTags((v) => !v)}>Tags…</button>
        {status && <span role="status" className="sources__status">{status}</span>}
      </div>
      {showTags && <TagManager onError={setStatus} />}
      {rows.length === 0 ? (
        <p className="empty-library">No sources yet. Sources appear as clippings are imported, from their 来源 line, site name or address.</p>
      ) : (
        <div className="sources__body">
          <SourcesTable rows={rows} selectedId={selectedId} onSelect={setSelectedId} />
          {selectedId && <SourceDetail sourceId={selectedId} allRows={rows} onOpenArticle={onOpenArticle} onError={setStatus} />}
        </div>
      )}
    </section>
  );
}
