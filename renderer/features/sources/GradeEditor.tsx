import { useState } from 'react';
import { SOURCE_GRADES, SOURCE_GRADE_LABELS, type Source, type SourceGrade } from '../../../shared/model/Library';

/**
 * Grade buttons A–F (and Ungraded) that commit at once with the rationale typed beside them;
 * the rationale alone is saved with its own button. Each commit becomes a dated history entry.
 */
export function GradeEditor({ source, onGrade }: { source: Source; onGrade: (grade: SourceGrade | null, rationale: string) => void }) {
  // The parent keys this editor by source and stored rationale, so a change saved elsewhere
  // (an import, a shortcut, another source selected) starts a fresh draft.
  const [rationale, setRationale] = useState(source.rationale);

  return (
    <div className="grade-editor">
      <div role="group" aria-label="Source reliability" className="grade-editor__buttons">
        {SOURCE_GRADES.map((grade) => (
          <button key={grade} type="button" aria-pressed={source.grade === grade} title={`${grade}: ${SOURCE_GRADE_LABELS[grade]} (Shift+${grade})`} onClick={() => onGrade(grade, rationale)}>
            {grade}
          </button>
        ))}
        <button type="button" aria-pressed={source.grade === null} onClick={() => onGrade(null, rationale)}>Ungraded</button>
      </div>
      <label className="field">
        Rationale
        <textarea value={rationale} onChange={(e) => setRationale(e.target.value)} rows={3} aria-label="Rationale" />
      </label>
      <button type="button" disabled={rationale === source.rationale} onClick={() => onGrade(source.grade, rationale)}>Save rationale</button>
    </div>
  );
}
