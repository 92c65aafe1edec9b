import { useEffect, useRef, useState } from 'react';
import type { Platform } from '../../platform/Platform';
import { useImportSession } from './ImportSession';

/** Quiet time after the last change before re-importing: an editor's save or a sync client sends bursts. */
export const FOLDER_WATCH_DEBOUNCE_MS = 1500;

/**
 * Keeps opened folders in step while the app runs (Electron's watcher; the web edition sends no
 * changes). A new or changed clipping re-imports its folder through the import session, so the
 * usual rules hold: new files added, changed ones become versions, highlights re-anchored.
 * A deletion needs no re-import: ImportSession marks that article "file missing" at once.
 * Re-imports wait for a running import to finish and run one folder at a time.
 */
export function useFolderWatch(platform: Platform, debounceMs = FOLDER_WATCH_DEBOUNCE_MS): void {
  const session = useImportSession();
  const busy = session.jobId !== null && !session.finished;
  const pending = useRef(new Set<string>());
  const starting = useRef(false);
  // Bumped when the quiet time ends or a start settles: the effect below then looks again.
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = platform.onFolderChange((change) => {
      if (change.kind === 'deleted') return;
      pending.current.add(change.root);
      clearTimeout(timer);
      timer = setTimeout(() => setTick((t) => t + 1), debounceMs);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [platform, debounceMs]);

  const { run } = session;
  useEffect(() => {
    if (tick === 0 || busy || starting.current) return;
    const [root] = pending.current;
    if (root === undefined) return;
    pending.current.delete(root);
    starting.current = true;
    void run(() => platform.reimportFolder(root)).finally(() => {
      starting.current = false;
      setTick((t) => t + 1);
    });
  }, [tick, busy, run, platform]);
}
