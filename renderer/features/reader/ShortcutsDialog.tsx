import { useEffect, useRef } from 'react';

/** The reader's keys, listed by `?`. */
export const READER_SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['h', 'Highlight the selected text'],
  ['j / k', 'Next / previous highlight'],
  ['n', 'Write a note on the current highlight'],
  ['1 – 6', 'Credibility of the current highlight'],
  ['Delete', 'Delete the current highlight (undoable)'],
  ['[ / ]', 'Focus the Original / Clean pane'],
  ['Ctrl+Z', 'Undo'],
  ['Esc', 'Close popovers'],
  ['?', 'Show this list'],
];

/** A modal list of shortcuts; Esc or the button closes it. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog ref={ref} className="shortcuts" aria-label="Keyboard shortcuts" onClose={onClose} onCancel={onClose}>
      <h2>Keyboard shortcuts</h2>
      <dl>
        {READER_SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt><kbd>{keys}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>Close</button>
    </dialog>
  );
}
