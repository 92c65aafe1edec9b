import type { CredibilityGrade, SourceGrade } from '../../../shared/model/Library';
import './gradeBadge.css';
import { CREDIBILITY_LABELS, SOURCE_GRADE_LABELS, gradeCode } from '../../../shared/model/Library';

/** Words for a grade pair, for screen readers and tooltips. Ungraded parts are said as such. */
export function gradeLabel(source: SourceGrade | null, credibility?: CredibilityGrade | null): string {
  const sourcePart = source ? `Source ${source}: ${SOURCE_GRADE_LABELS[source]}` : 'Source ungraded';
  if (credibility === undefined) return sourcePart;
  const infoPart = credibility ? `information ${credibility}: ${CREDIBILITY_LABELS[credibility]}` : 'information ungraded';
  return `${sourcePart}; ${infoPart}`;
}

/**
 * The grade as analysts write it (`B2`, or `B` when no credibility applies). Ungraded is its own
 * visible state (`–`), never a grade: the badge says "ungraded" rather than guessing.
 */
export function GradeBadge({ source, credibility }: { source: SourceGrade | null; credibility?: CredibilityGrade | null }) {
  const showsCredibility = credibility !== undefined;
  const ungraded = source === null && (!showsCredibility || credibility === null);
  const code = showsCredibility ? gradeCode(source, credibility ?? null) : (source ?? '–');
  const label = gradeLabel(source, credibility);
  return (
    <span
      className={`grade-badge${ungraded ? ' grade-badge--ungraded' : ''}`}
      data-grade={source ?? 'ungraded'}
      data-credibility={showsCredibility ? (credibility ?? 'ungraded') : undefined}
      role="img"
      aria-label={label}
      title={label}
    >
      {ungraded ? 'ungraded' : code}
    </span>
  );
}
