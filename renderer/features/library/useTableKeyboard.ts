import { useState, type KeyboardEvent } from 'react';

interface Handlers {
  onOpen(id: string): void;
  onToggle(id: string): void;
  scrollTo(index: number): void;
}

const PAGE = 10;

/** Arrow keys move the active row, Enter opens it, Space selects it; Home/End and PageUp/PageDown jump. */
export function useTableKeyboard(ids: readonly string[], handlers: Handlers) {
  const [activeIndex, setActiveIndex] = useState(0);
  const index = Math.min(activeIndex, Math.max(ids.length - 1, 0));
  const activeId = ids[index] ?? null;

  const move = (to: number) => {
    const clamped = Math.max(0, Math.min(ids.length - 1, to));
    setActiveIndex(clamped);
    handlers.scrollTo(clamped);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget || ids.length === 0) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      PageDown: () => move(index + PAGE),
      PageUp: () => move(index - PAGE),
      Home: () => move(0),
      End: () => move(ids.length - 1),
      Enter: () => activeId && handlers.onOpen(activeId),
      ' ': () => activeId && handlers.onToggle(activeId),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return { activeId, onKeyDown, setActive: setActiveIndex };
}
