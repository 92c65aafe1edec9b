import { useState } from 'react';
import { useDb } from '../../db/DbContext';
import { useTagUsage } from '../../db/hooks/useTagUsage';
import { replaceTags, saveTag, undoTagChange, type TagUndo } from '../../db/repositories/tagsRepository';

/** Tags with their colours and use counts: rename (or merge, by renaming onto an existing name), delete, undo. */
export function TagManager({ onError }: { onError: (message: string) => void }) {
  const db = useDb();
  const tags = useTagUsage();
  const [undo, setUndo] = useState<{ label: string; data: TagUndo } | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const run = (label: string, work: Promise<TagUndo>) => work.then((data) => setUndo({ label, data }), (e: unknown) => onError(String(e)));

  return (
    <section className="tag-manager" aria-label="Tags">
      <h2>Tags</h2>
      {tags.length === 0 && <p className="muted">No tags yet. Tags are added on sources, articles and highlights.</p>}
      <ul>
        {tags.map((tag) => {
          const draft = drafts[tag.name] ?? tag.name;
          const exists = draft !== tag.name && tags.some((t) => t.name === draft);
          return (
            <li key={tag.name}>
              <input type="color" aria-label={`Colour of ${tag.name}`} value={/^#[0-9a-f]{6}$/iu.test(tag.color) ? tag.color : '#888888'} onChange={(e) => void saveTag(db, { name: tag.name, color: e.target.value })} />{' '}
              <input aria-label={`Name of tag ${tag.name}`} value={draft} onChange={(e) => setDrafts((d) => ({ ...d, [tag.name]: e.target.value }))} />{' '}
              <span className="muted">{tag.sources} sources · {tag.articles} articles · {tag.highlights} highlights</span>{' '}
              <button type="button" disabled={draft.trim() === '' || draft === tag.name} onClick={() => run(`${exists ? 'Merged' : 'Renamed'} ${tag.name}`, replaceTags(db, [tag.name], draft.trim()))}>
                {exists ? 'Merge' : 'Rename'}
              </button>{' '}
              <button type="button" onClick={() => run(`Deleted ${tag.name}`, replaceTags(db, [tag.name], null))}>Delete</button>
            </li>
          );
        })}
      </ul>
      {undo && (
        <p role="status">
          {undo.label}. <button type="button" onClick={() => void undoTagChange(db, undo.data).then(() => setUndo(null))}>Undo</button>
        </p>
      )}
    </section>
  );
}
