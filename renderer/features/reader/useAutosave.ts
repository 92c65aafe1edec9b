import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/**
 * Autosave for a text the user types: saves `delay` ms after the last keystroke, and at once
 * on blur, on page hide/unload and on unmount, so nothing typed is left unsaved. The external
 * value is taken over only while there are no unsaved edits.
 */
export function useAutosave(value: string, save: (text: string) => Promise<unknown>, delay = 400) {
  const [text, setText] = useState(value);
  const [state, setState] = useState<SaveState>('saved');
  const dirty = useRef(false);
  const latest = useRef(text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(function flushNow() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    setState('saving');
    saveRef.current(latest.current).then(
      () => setState(dirty.current ? 'pending' : 'saved'),
      () => {
        // A failed write (quota, closed database) stays dirty and is tried again shortly.
        dirty.current = true;
        setState('error');
        timer.current = setTimeout(flushNow, 2000);
      },
    );
  }, []);

  const change = useCallback(
    (next: string) => {
      latest.current = next;
      dirty.current = true;
      setText(next);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  // Adopt a value written elsewhere (another pane, undo) when the user has nothing pending.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (!dirty.current && value !== text) setText(value);
  }

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [flush]);

  return { text, change, flush, state };
}
