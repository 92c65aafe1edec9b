import type { Highlight } from '../../../shared/model/Library';
import { firstWords } from './splitHighlights';

/** Deleted highlights of this article: each can be restored; the trash can be emptied. */
export function TrashList({ trash, onRestore, onEmpty }: { trash: readonly Highlight[]; onRestore: (h: Highlight) => void; onEmpty: () => void }) {
  if (trash.length === 0) return null;
  return (
    <details className="hl-trash">
      <summary>Trash ({trash.length})</summary>
      <ul role="list" aria-label="Deleted highlights">
        {trash.map((h) => (
          <li key={h.id}>
            <span>{firstWords(h.quote.exact, 50)}</span>{' '}
            <button type="button" onClick={() => onRestore(h)} aria-label={`Restore highlight “${firstWords(h.quote.exact, 20)}”`}>Restore</button>
          </li>
        ))}
      </ul>
      <button type="button" className="danger" onClick={onEmpty}>Empty trash</button>
    </details>
  );
}
