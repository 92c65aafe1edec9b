import { useState } from 'react';
import type { SourceGrade } from '../../../shared/model/Library';
import { useDb } from '../../db/DbContext';
import { useSourceDetail, type SourceRow } from '../../db/hooks/useSourceRows';
import { gradeSource, renameSource, setArticleGradeOverride } from '../../db/repositories/sourcesRepository';
import { mergeSources, splitSource } from '../../db/repositories/sourcesMergeRepository';
import { GradeBadge } from './GradeBadge';
import { GradeEditor } from './GradeEditor';
import { GradeHistory } from './GradeHistory';
import { SourceArticles } from './SourceArticles';

/** One source: grade with rationale, history, rename, merge others into it, its articles. */
export function SourceDetail({ sourceId, allRows, onOpenArticle, onError }: { sourceId: string; allRows: SourceRow[]; onOpenArticle: (id: string) => void; onError: (message: string) => void }) {
  const db = useDb();
  const detail = useSourceDetail(sourceId);
  const [name, setName] = useState<string | null>(null);
  const [mergeId, setMergeId] = useState('');
  if (detail === undefined) return <aside className="source-detail" aria-busy="true" />;
  if (detail === null) return <aside className="source-detail"><p className="muted">This source no longer exists.</p></aside>;
  const { source, articles } = detail;
  const run = (work: Promise<unknown>) => work.catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));

  return (
    <aside className="source-detail" aria-label={`Source ${source.name}`} data-ready="source-detail">
      <h2>
        {source.name} <GradeBadge source={source.grade} />
      </h2>
      <p className="muted">
        {source.platform ? `Account on ${source.platform}` : source.domains.join(', ') || 'No web address known'} · key <code>{source.key}</code>
        {source.aliases.length > 0 && ` · also known as ${source.aliases.join(', ')}`}
      </p>
      <GradeEditor key={`${source.id}\u0000${source.rationale}`} source={source} onGrade={(grade: SourceGrade | null, rationale: string) => run(gradeSource(db, source.id, grade, rationale))} />
      <h3>History</h3>
      <GradeHistory history={source.history} />
      <h3>Manage</h3>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); if (name !== null) run(renameSource(db, source.id, name).then(() => setName(null))); }}>
        <label className="field">
          Name
          <input value={name ?? source.name} onChange={(e) => setName(e.target.value)} aria-label="Source name" />
        </label>
        <button type="submit" disabled={name === null || name.trim() === '' || name === source.name}>Rename</button>
      </form>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); if (mergeId) run(mergeSources(db, source.id, [mergeId]).then(() => setMergeId(''))); }}>
        <label className="field">
          Merge into this source
          <select value={mergeId} onChange={(e) => setMergeId(e.target.value)} aria-label="Source to merge into this one">
            <option value="">Choose a source…</option>
            {allRows.filter((row) => row.source.id !== source.id).map((row) => <option key={row.source.id} value={row.source.id}>{row.source.name}</option>)}
          </select>
        </label>
        <button type="submit" disabled={!mergeId}>Merge</button>
      </form>
      <h3>Articles ({articles.length})</h3>
      <SourceArticles
        articles={articles}
        sourceGrade={source.grade}
        onOpenArticle={onOpenArticle}
        onOverride={(articleId, grade) => run(setArticleGradeOverride(db, articleId, grade))}
        onSplit={(ids, newName) => run(splitSource(db, source.id, ids, newName))}
      />
    </aside>
  );
}
