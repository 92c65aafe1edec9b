import { gradeCode, type Highlight, type SourceGrade } from '../../../shared/model/Library';
import { colorName, colorSwatch, HIGHLIGHT_COLORS } from './highlightColors';
import { firstWords } from './splitHighlights';

function Item({ h, current, grade, names, onSelect }: { h: Highlight; current: boolean; grade: SourceGrade | null; names: Record<string, string>; onSelect: (h: Highlight) => void }) {
  const review = h.anchor === 'fuzzy' ? ' · needs review' : '';
  return (
    <li className={`hl-item${current ? ' hl-item--current' : ''}`} data-highlight-id={h.id} data-anchor={h.anchor}>
      <button type="button" onClick={() => onSelect(h)} aria-current={current ? 'true' : undefined}>
        <span className="hl-swatch" style={{ background: colorSwatch(h.color) }} aria-hidden="true" />
        <span className="visually-hidden">{colorName(h.color, names)} highlight, </span>
        <span className="hl-code" title="Source reliability and information credibility">{gradeCode(grade, h.credibility)}</span>
        <span className="hl-quote">{firstWords(h.quote.exact, 60)}</span>
        {h.note && <span className="hl-note">{firstWords(h.note)}</span>}
        {review && <span className="hl-review">{review}</span>}
      </button>
    </li>
  );
}

/** The side list: highlights in document order with colour filter, then orphans. */
export function HighlightList(props: {
  placed: readonly Highlight[];
  orphans: readonly Highlight[];
  currentId: string | null;
  grade: SourceGrade | null;
  names: Record<string, string>;
  hidden: ReadonlySet<string>;
  onToggleColor: (key: string) => void;
  onSelect: (h: Highlight) => void;
}) {
  const shown = props.placed.filter((h) => !props.hidden.has(h.color));
  return (
    <section className="hl-list" aria-label="Highlights">
      <div className="hl-filter" role="group" aria-label="Filter highlights by colour">
        {HIGHLIGHT_COLORS.map((c) => (
          <button key={c.key} type="button" aria-pressed={!props.hidden.has(c.key)} aria-label={`Show ${colorName(c.key, props.names)} highlights`} onClick={() => props.onToggleColor(c.key)}>
            <span className="hl-swatch" style={{ background: c.swatch }} aria-hidden="true" />
          </button>
        ))}
      </div>
      <h2>Highlights ({shown.length})</h2>
      <ul role="list" aria-label="Highlights in document order">
        {shown.map((h) => (
          <Item key={h.id} h={h} current={h.id === props.currentId} grade={props.grade} names={props.names} onSelect={props.onSelect} />
        ))}
      </ul>
      {shown.length === 0 && <p className="pane-hint">Select text in either pane and press h to highlight it.</p>}
      {props.orphans.length > 0 && (
        <>
          <h2>Not found in this version ({props.orphans.length})</h2>
          <ul role="list" aria-label="Highlights not found in this version">
            {props.orphans.map((h) => (
              <Item key={h.id} h={h} current={h.id === props.currentId} grade={props.grade} names={props.names} onSelect={props.onSelect} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
