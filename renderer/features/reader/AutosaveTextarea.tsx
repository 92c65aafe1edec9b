import { useAutosave, type SaveState } from './useAutosave';

const STATE_WORDS: Record<SaveState, string> = { saved: 'Saved', pending: 'Editing…', saving: 'Saving…', error: 'Not saved — will retry' };

/** A Markdown note field that saves itself as you type; there is no Save button. */
export function AutosaveTextarea(props: {
  label: string;
  value: string;
  onSave: (text: string) => Promise<unknown>;
  placeholder?: string;
  textareaRef?: React.Ref<HTMLTextAreaElement>;
  id?: string;
}) {
  const { text, change, flush, state } = useAutosave(props.value, props.onSave);
  return (
    <div className="autosave">
      <textarea
        id={props.id}
        ref={props.textareaRef}
        aria-label={props.label}
        value={text}
        placeholder={props.placeholder}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        rows={4}
      />
      <span className="autosave-state" role="status" data-save-state={state}>
        {STATE_WORDS[state]}
      </span>
    </div>
  );
}
