import { useCallback, useRef, useState } from 'react';

/** One undoable user action: what to say, and how to take it back. */
export interface UndoEntry {
  label: string;
  undo: () => Promise<unknown>;
}

/**
 * The reader's undo history (this session only). Each action has already been written to the
 * database; undoing it is another write, so the history itself need not survive a reload.
 */
export function useUndoStack(limit = 50) {
  const stack = useRef<UndoEntry[]>([]);
  const [top, setTop] = useState<UndoEntry | null>(null);
  const [message, setMessage] = useState('');

  const push = useCallback(
    (entry: UndoEntry) => {
      stack.current = [...stack.current.slice(-(limit - 1)), entry];
      setTop(entry);
      setMessage(`${entry.label}.`);
    },
    [limit],
  );

  const undo = useCallback(async () => {
    const entry = stack.current.pop();
    setTop(stack.current[stack.current.length - 1] ?? null);
    if (!entry) return;
    await entry.undo();
    setMessage(`Undone: ${entry.label}.`);
  }, []);

  return { top, message, setMessage, push, undo };
}
