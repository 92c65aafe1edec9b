import type { CredibilityGrade, Highlight, SourceGrade } from '../../../shared/model/Library';
import { AutosaveTextarea } from './AutosaveTextarea';
import { HIGHLIGHT_COLORS } from './highlightColors';
import { HighlightDetails } from './HighlightDetails';
import { HighlightList } from './HighlightList';
import type { ReaderActions } from './useReaderActions';
import type { HighlightGroups } from './splitHighlights';
import { TrashList } from './TrashList';

/** The side panel: current highlight, the list, the document note, the trash and colour names. */
export function ReaderSidebar(props: {
  groups: HighlightGroups;
  current: Highlight | null;
  grade: SourceGrade | null;
  names: Record<string, string>;
  hidden: ReadonlySet<string>;
  documentNote: string;
  actions: ReaderActions;
  noteRef: React.Ref<HTMLTextAreaElement>;
  onToggleColor: (key: string) => void;
  onSelect: (h: Highlight) => void;
  onRename: (key: string, name: string) => void;
}) {
  const { current, actions } = props;
  return (
    <aside className="reader-sidebar" aria-label="Highlights and notes">
      {current && (
        <HighlightDetails
          h={current}
          names={props.names}
          noteRef={props.noteRef}
          onNote={(text) => actions.note(current.id, text)}
          onColor={(c) => void actions.color(current, c)}
          onCredibility={(g: CredibilityGrade | null) => void actions.credibility(current, g)}
          onAccept={() => void actions.accept(current)}
          onDelete={() => void actions.remove(current)}
        />
      )}
      <HighlightList
        placed={props.groups.placed}
        orphans={props.groups.orphans}
        currentId={current?.id ?? null}
        grade={props.grade}
        names={props.names}
        hidden={props.hidden}
        onToggleColor={props.onToggleColor}
        onSelect={props.onSelect}
      />
      <section className="doc-note" aria-label="Document note">
        <h2>Document note</h2>
        <AutosaveTextarea label="Document note (Markdown)" value={props.documentNote} onSave={actions.documentNote} placeholder="Notes on the whole article…" />
      </section>
      <TrashList trash={props.groups.trash} onRestore={(h) => void actions.restore(h)} onEmpty={() => void actions.emptyTrash()} />
      <details className="color-names">
        <summary>Colour names</summary>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c.key}>
            <span className="hl-swatch" style={{ background: c.swatch }} aria-hidden="true" />
            <input aria-label={`Name for the ${c.name.toLowerCase()} colour`} value={props.names[c.key] ?? ''} placeholder={c.name} onChange={(e) => props.onRename(c.key, e.target.value)} />
          </label>
        ))}
      </details>
    </aside>
  );
}
