import { useCallback, useState } from 'react';

/** Reading comfort and colour names: UI preferences, kept in localStorage (not library data). */
export interface ReaderPrefs {
  fontSize: number;
  lineWidth: 'narrow' | 'medium' | 'wide';
  theme: 'light' | 'dark';
  colorNames: Record<string, string>;
  lastColor: string;
  collapseRemoved: boolean;
  htmlView: 'rendered' | 'source';
}

const KEY = 'gleaner.reader.prefs';
export const DEFAULT_PREFS: ReaderPrefs = {
  fontSize: 17,
  lineWidth: 'medium',
  theme: 'light',
  colorNames: {},
  lastColor: 'yellow',
  collapseRemoved: false,
  htmlView: 'rendered',
};

/** Reads stored preferences, repairing anything missing or malformed. */
export function restorePrefs(raw: string | null): ReaderPrefs {
  try {
    const stored = raw ? (JSON.parse(raw) as Partial<ReaderPrefs>) : {};
    const prefs = { ...DEFAULT_PREFS, ...stored };
    prefs.fontSize = Math.min(28, Math.max(12, Number(prefs.fontSize) || DEFAULT_PREFS.fontSize));
    if (!['narrow', 'medium', 'wide'].includes(prefs.lineWidth)) prefs.lineWidth = DEFAULT_PREFS.lineWidth;
    if (prefs.theme !== 'dark') prefs.theme = 'light';
    if (typeof prefs.colorNames !== 'object' || prefs.colorNames === null) prefs.colorNames = {};
    return prefs;
  } catch {
    return DEFAULT_PREFS;
  }
}

function load(): ReaderPrefs {
  try {
    return restorePrefs(localStorage.getItem(KEY));
  } catch {
    return DEFAULT_PREFS;
  }
}

/** The reader's preferences and a setter that persists each change. */
export function useReaderPrefs(): [ReaderPrefs, (patch: Partial<ReaderPrefs>) => void] {
  const [prefs, setPrefs] = useState<ReaderPrefs>(load);
  const update = useCallback((patch: Partial<ReaderPrefs>) => {
    setPrefs((prev) => {
      const next = { ...prev, ...patch };
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the preference still applies for this session.
      }
      return next;
    });
  }, []);
  return [prefs, update];
}
