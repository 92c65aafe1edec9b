import { useEffect, useRef } from 'react';
import type { CredibilityGrade } from '../../../shared/model/Library';

/** What the reader's keys do; each is optional-free so the hook stays a plain dispatcher. */
export interface ReaderKeyActions {
  highlight: () => void;
  next: () => void;
  previous: () => void;
  note: () => void;
  credibility: (grade: CredibilityGrade) => void;
  deleteCurrent: () => void;
  focusOriginal: () => void;
  focusClean: () => void;
  undo: () => void;
  escape: () => void;
  shortcuts: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/** Reader keys on the document while the reader is open; typing in a field is left alone (Esc aside). */
export function useReaderKeyboard(actions: ReaderKeyActions): void {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = ref.current;
      if (e.key === 'Escape') return a.escape();
      if (isTyping(e.target) || e.altKey || e.metaKey) return;
      if (e.ctrlKey) {
        if (e.key === 'z' || e.key === 'Z') {
          e.preventDefault();
          a.undo();
        }
        return;
      }
      const run: Record<string, () => void> = {
        h: a.highlight,
        j: a.next,
        k: a.previous,
        n: a.note,
        '[': a.focusOriginal,
        ']': a.focusClean,
        '?': a.shortcuts,
        Delete: a.deleteCurrent,
      };
      const grade = Number(e.key);
      const action = run[e.key] ?? (grade >= 1 && grade <= 6 ? () => a.credibility(grade as CredibilityGrade) : undefined);
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
