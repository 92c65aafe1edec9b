import { useState } from 'react';
import type { GradingsFile } from '../../../shared/sources/gradingsFormat';
import type { GradingsMergePlan } from '../../../shared/sources/planGradingsMerge';
import type { ConflictChoice } from '../../../shared/sources/resolveGradingsMerge';
import { GradeBadge } from './GradeBadge';

interface Props {
  file: GradingsFile;
  plan: GradingsMergePlan;
  onApply: (choices: Record<string, ConflictChoice>) => void;
  onCancel: () => void;
}

/** Shows what an import would do; conflicting grades side by side, each kept local until the user picks. */
export function GradingsImportDialog({ file, plan, onApply, onCancel }: Props) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  return (
    <div role="dialog" aria-modal="true" aria-label="Import gradings" className="dialog">
      <h2>Import gradings</h2>
      <p>
        From a file exported {new Date(file.exportedAt).toLocaleString()}: {plan.additions.length} new sources, {plan.fills.length} ungraded sources that get a grade,{' '}
        {plan.unchanged.length} already the same, {plan.conflicts.length} conflicts.
      </p>
      {plan.conflicts.length > 0 && (
        <table className="conflicts" aria-label="Conflicting grades">
          <thead>
            <tr><th>Source</th><th>Yours</th><th>Theirs</th></tr>
          </thead>
          <tbody>
            {plan.conflicts.map(({ local, entry }) => (
              <tr key={local.id} data-source-id={local.id}>
                <td>{local.name}</td>
                {(['local', 'incoming'] as const).map((side) => {
                  const grade = side === 'local' ? local.grade : entry.grade;
                  const rationale = side === 'local' ? local.rationale : entry.rationale;
                  return (
                    <td key={side}>
                      <label>
                        <input type="radio" name={`choice-${local.id}`} checked={(choices[local.id] ?? 'local') === side} onChange={() => setChoices((old) => ({ ...old, [local.id]: side }))} />{' '}
                        <GradeBadge source={grade} /> {rationale || <span className="muted">no rationale</span>}
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog__actions">
        <button type="button" className="primary" onClick={() => onApply(choices)}>Import</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </div>
  );
}
