/** A live range over the union of static ranges, for measuring. */
function measure(ranges: readonly StaticRange[]): DOMRect | null {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return null;
  const r = first.startContainer.ownerDocument!.createRange();
  r.setStart(first.startContainer, first.startOffset);
  r.setEnd(last.endContainer, last.endOffset);
  return r.getBoundingClientRect();
}

/**
 * Scrolls a pane so a passage sits in its upper third and draws the pane's marker beside it.
 * The marker is one element moved by style, so keeping the panes in step never re-renders them.
 * Returns false when the passage is not shown in that pane.
 */
export function showPassage(scroller: HTMLElement, marker: HTMLElement, target: readonly StaticRange[] | Element): boolean {
  const rect = target instanceof Element ? target.getBoundingClientRect() : measure(target);
  if (!rect) {
    marker.hidden = true;
    return false;
  }
  const box = scroller.getBoundingClientRect();
  const top = rect.top - box.top + scroller.scrollTop;
  marker.style.top = `${top}px`;
  marker.style.height = `${Math.max(rect.height, 8)}px`;
  marker.hidden = false;
  scroller.scrollTo({ top: Math.max(0, top - scroller.clientHeight / 3) });
  return true;
}
