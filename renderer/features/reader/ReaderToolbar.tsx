import { colorName, HIGHLIGHT_COLORS } from './highlightColors';
import type { ReaderPrefs } from './useReaderPrefs';

/** The reader's toolbar: close, highlight, correct the cleaner, undo, reading comfort, shortcuts. */
export function ReaderToolbar(props: {
  prefs: ReaderPrefs;
  setPrefs: (patch: Partial<ReaderPrefs>) => void;
  onClose: () => void;
  onHighlight: () => void;
  blockAction: { label: string; run: () => void } | null;
  undoLabel: string | null;
  onUndo: () => void;
  onShortcuts: () => void;
}) {
  const { prefs, setPrefs } = props;
  // Keep the selection when a toolbar button is pressed: mousedown would otherwise clear it.
  const keepSelection = (e: React.MouseEvent) => e.preventDefault();
  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Reader">
      <button type="button" onClick={props.onClose}>Close article</button>
      <div role="radiogroup" aria-label="Colour for new highlights" className="hl-colors">
        {HIGHLIGHT_COLORS.map((c) => (
          <button key={c.key} type="button" role="radio" aria-checked={prefs.lastColor === c.key} aria-label={colorName(c.key, prefs.colorNames)} title={colorName(c.key, prefs.colorNames)} onMouseDown={keepSelection} onClick={() => setPrefs({ lastColor: c.key })}>
            <span className="hl-swatch" style={{ background: c.swatch }} aria-hidden="true" />
          </button>
        ))}
      </div>
      <button type="button" onMouseDown={keepSelection} onClick={props.onHighlight} title="Highlight the selected text (h)">Highlight selection</button>
      <button type="button" disabled={!props.blockAction} onClick={props.blockAction?.run}>{props.blockAction?.label ?? 'Drop block from clean text'}</button>
      <button type="button" disabled={!props.undoLabel} onClick={props.onUndo} title="Undo (Ctrl+Z)">{props.undoLabel ? `Undo: ${props.undoLabel}` : 'Undo'}</button>
      <span className="toolbar-spacer" />
      <button type="button" aria-label="Smaller text" onClick={() => setPrefs({ fontSize: Math.max(12, prefs.fontSize - 1) })}>A−</button>
      <button type="button" aria-label="Larger text" onClick={() => setPrefs({ fontSize: Math.min(28, prefs.fontSize + 1) })}>A+</button>
      <label>
        Line width{' '}
        <select value={prefs.lineWidth} onChange={(e) => setPrefs({ lineWidth: e.target.value as ReaderPrefs['lineWidth'] })}>
          <option value="narrow">Narrow</option>
          <option value="medium">Medium</option>
          <option value="wide">Wide</option>
        </select>
      </label>
      <button type="button" aria-pressed={prefs.theme === 'dark'} onClick={() => setPrefs({ theme: prefs.theme === 'dark' ? 'light' : 'dark' })}>Dark theme</button>
      <button type="button" aria-label="Keyboard shortcuts" onClick={props.onShortcuts}>?</button>
    </div>
  );
}
