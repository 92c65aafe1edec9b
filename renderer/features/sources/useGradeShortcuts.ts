import { useEffect } from 'react';
import { SOURCE_GRADES, type SourceGrade } from '../../../shared/model/Library';

/** True when a key press belongs to a text field, not to the view's shortcuts. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Shift+A … Shift+F grade the current source; ignored while typing or with other modifiers. */
export function useGradeShortcuts(enabled: boolean, onGrade: (grade: SourceGrade) => void): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      const grade = SOURCE_GRADES.find((g) => event.code === `Key${g}`);
      if (!grade) return;
      event.preventDefault();
      onGrade(grade);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, onGrade]);
}
