import { useMemo, useRef } from 'react';
import { cleanLocator, originalLocator, type PaneLocator } from './paint/paneLocators';
import type { ReaderLayout } from './readerLayout';

/** The DOM handles of both panes, and locators built from whatever they show right now. */
export function usePaneRefs() {
  const refs = {
    originalPane: useRef<HTMLElement>(null),
    originalScroll: useRef<HTMLDivElement>(null),
    originalText: useRef<HTMLPreElement>(null),
    originalMark: useRef<HTMLDivElement>(null),
    cleanPane: useRef<HTMLElement>(null),
    cleanScroll: useRef<HTMLDivElement>(null),
    cleanBody: useRef<HTMLDivElement>(null),
    cleanMark: useRef<HTMLDivElement>(null),
  };
  return useMemo(() => refs, []); // eslint-disable-line react-hooks/exhaustive-deps -- refs are stable
}

export type PaneRefs = ReturnType<typeof usePaneRefs>;

/** Locators for the original (when its text view is shown) and the clean pane. */
export function paneLocators(refs: PaneRefs, layout: ReaderLayout): { original: PaneLocator | null; clean: PaneLocator | null } {
  const text = refs.originalText.current;
  const body = refs.cleanBody.current;
  return {
    original: text ? originalLocator(text) : null,
    clean: body ? cleanLocator(body, layout.blocks, layout.alignments) : null,
  };
}
