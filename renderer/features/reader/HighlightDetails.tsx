import { CREDIBILITY_GRADES, CREDIBILITY_LABELS, type CredibilityGrade, type Highlight } from '../../../shared/model/Library';
import { AutosaveTextarea } from './AutosaveTextarea';
import { colorName, HIGHLIGHT_COLORS } from './highlightColors';

/** The current highlight: its note (autosaved), colour, credibility, review and delete. */
export function HighlightDetails(props: {
  h: Highlight;
  names: Record<string, string>;
  noteRef: React.Ref<HTMLTextAreaElement>;
  onNote: (text: string) => Promise<unknown>;
  onColor: (color: string) => void;
  onCredibility: (grade: CredibilityGrade | null) => void;
  onAccept: () => void;
  onDelete: () => void;
}) {
  const { h } = props;
  return (
    <section className="hl-details" aria-label="Current highlight">
      <blockquote className="hl-details-quote">{h.quote.exact}</blockquote>
      {h.anchor === 'fuzzy' && (
        <p className="hl-review-note">
          This passage changed in the new version (match {Math.round((h.anchorScore ?? 0) * 100)}%).{' '}
          <button type="button" onClick={props.onAccept}>Accept the new text</button>
        </p>
      )}
      {h.anchor === 'orphan' && <p className="hl-review-note">Not found in this version; kept with its note.</p>}
      <div role="radiogroup" aria-label="Highlight colour" className="hl-colors">
        {HIGHLIGHT_COLORS.map((c) => (
          <button key={c.key} type="button" role="radio" aria-checked={h.color === c.key} aria-label={colorName(c.key, props.names)} title={colorName(c.key, props.names)} onClick={() => props.onColor(c.key)}>
            <span className="hl-swatch" style={{ background: c.swatch }} aria-hidden="true" />
          </button>
        ))}
      </div>
      <div role="radiogroup" aria-label="Information credibility (keys 1–6)" className="hl-credibility">
        {CREDIBILITY_GRADES.map((g) => (
          <button key={g} type="button" role="radio" aria-checked={h.credibility === g} title={CREDIBILITY_LABELS[g]} aria-label={`${g}: ${CREDIBILITY_LABELS[g]}`} onClick={() => props.onCredibility(h.credibility === g ? null : g)}>
            {g}
          </button>
        ))}
      </div>
      <AutosaveTextarea key={h.id} label="Note on this highlight (Markdown)" value={h.note} onSave={props.onNote} textareaRef={props.noteRef} placeholder="Write a note…" />
      <button type="button" className="danger" onClick={props.onDelete}>Delete highlight</button>
    </section>
  );
}
