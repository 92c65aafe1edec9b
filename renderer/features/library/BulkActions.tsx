import { useState } from 'react';
import { SOURCE_GRADES, type SourceGrade } from '../../../shared/model/Library';
import { useDb } from '../../db/DbContext';
import { addTagToArticles, removeArticles, restoreRemovedArticles, setArticlesGrade, type RemovedArticles } from '../../db/repositories/articlesRepository';
import { describeRecleanOutcomes, recleanArticles } from '../../db/repositories/recleanRepository';
import { createCleanWorkerSlot } from '../../platform/web/createCleanWorkerSlot';

interface Props {
  selected: string[];
  onClear(): void;
  onExport(ids: string[]): void;
}

/** Actions on the selected articles: tag, grade, export, re-clean, remove (with Undo). */
export function BulkActions({ selected, onClear, onExport }: Props) {
  const db = useDb();
  const [tag, setTag] = useState('');
  const [removed, setRemoved] = useState<RemovedArticles | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [recleaning, setRecleaning] = useState(false);

  // Re-cleaning runs the cleaner in a worker of this page (off the UI thread), one article at a time.
  const reclean = async () => {
    setRemoved(null);
    setRecleaning(true);
    setMessage(`Re-cleaning ${selected.length}…`);
    const slot = createCleanWorkerSlot();
    try {
      const clean = async (bytes: Uint8Array, name: string) => {
        const outcome = await slot.clean(new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
        if (outcome.kind === 'cleaned') return outcome.result;
        const message = outcome.kind === 'failed' ? outcome.error.message : outcome.kind === 'unreadable' ? outcome.message : 'The text is over the 20 MB limit.';
        return { ok: false as const, error: { code: 'internal' as const, message } };
      };
      setMessage(describeRecleanOutcomes(await recleanArticles(db, selected, clean)));
    } catch (e) {
      setMessage(`Not done: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      slot.dispose();
      setRecleaning(false);
    }
  };

  const act = async (what: () => Promise<void>, done: string) => {
    setRemoved(null);
    try {
      await what();
      setMessage(done);
    } catch (e) {
      setMessage(`Not done: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="bulk-actions" role="toolbar" aria-label="Selected articles">
      {selected.length > 0 && (
        <>
          <span>{selected.length} selected</span>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void act(() => addTagToArticles(db, selected, tag), `Tagged ${selected.length} “${tag.trim()}”.`).then(() => setTag(''));
            }}
          >
            <input aria-label="Tag to add" value={tag} onChange={(e) => setTag(e.target.value)} placeholder="tag" />
            <button type="submit" disabled={!tag.trim()}>Tag</button>
          </form>
          <select
            aria-label="Set reliability"
            value=""
            onChange={(e) => {
              const grade = e.target.value === 'clear' ? null : (e.target.value as SourceGrade);
              void act(() => setArticlesGrade(db, selected, grade), grade ? `Graded ${selected.length} as ${grade}.` : 'Grade override cleared.');
            }}
          >
            <option value="" disabled>Grade…</option>
            {SOURCE_GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
            <option value="clear">Use the source’s grade</option>
          </select>
          <button type="button" onClick={() => onExport(selected)}>Export…</button>
          <button type="button" disabled={recleaning} onClick={() => void reclean()} title="Clean the selected articles again with this version of the cleaner; highlights and notes stay">
            Re-clean
          </button>
          <button
            type="button"
            onClick={() =>
              void act(async () => {
                setRemoved(await removeArticles(db, selected));
                onClear();
              }, `Removed ${selected.length} from the library.`)
            }
          >
            Remove
          </button>
          <button type="button" onClick={onClear}>Clear selection</button>
        </>
      )}
      {message && (
        <span role="status">
          {message}{' '}
          {removed && (
            <button type="button" onClick={() => void act(() => restoreRemovedArticles(db, removed), 'Restored.')}>
              Undo
            </button>
          )}
        </span>
      )}
    </div>
  );
}
