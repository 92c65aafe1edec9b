import type { SourceGradeEntry } from '../../../shared/model/Library';
import { GradeBadge } from './GradeBadge';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The dated record of a source's grades, newest first. */
export function GradeHistory({ history }: { history: SourceGradeEntry[] }) {
  if (history.length === 0) return <p className="muted">Never graded.</p>;
  return (
    <ol className="grade-history" aria-label="Grade history" reversed>
      {[...history].reverse().map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <time dateTime={new Date(entry.at).toISOString()}>{dateTime.format(new Date(entry.at))}</time> <GradeBadge source={entry.grade} />{' '}
          {entry.rationale ? <span className="grade-history__rationale">{entry.rationale}</span> : <span className="muted">no rationale</span>}
        </li>
      ))}
    </ol>
  );
}
