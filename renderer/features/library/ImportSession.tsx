import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ImportItem, ImportProgress } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/Result';
import { useDb } from '../../db/DbContext';
import { ingestImportItems } from '../../db/repositories/importRepository';
import { recordFolderImport } from '../../db/repositories/foldersRepository';
import { markFileMissing, markUnseenFilesMissing } from '../../db/repositories/articlesRepository';
import type { Platform } from '../../platform/Platform';
import { importResultOf, type ImportResult } from './importResults';

/** The state of the latest import, for the progress bar and the results list. UI-only: never persisted. */
export interface ImportState {
  jobId: string | null;
  root: string | null;
  progress: ImportProgress | null;
  results: ImportResult[];
  /** True once the host finished and every item is stored. */
  finished: boolean;
  error: string | null;
}

interface ImportSession extends ImportState {
  /** Starts an import through a platform verb (open folder, samples, picked files). */
  run(start: () => Promise<Result<{ jobId: string; root: string } | null>>): Promise<void>;
  cancel(): void;
}

const IDLE: ImportState = { jobId: null, root: null, progress: null, results: [], finished: false, error: null };
const Context = createContext<ImportSession | null>(null);
const BATCH = 50;

/**
 * Listens to the host's import events for the whole app session and stores items in batches,
 * in arrival order: one Dexie transaction per batch, so the table fills as files are cleaned.
 */
export function ImportSessionProvider({ platform, children }: { platform: Platform; children: ReactNode }) {
  const db = useDb();
  const [state, setState] = useState<ImportState>(IDLE);
  const queue = useRef<ImportItem[]>([]);
  const writing = useRef(false);
  const hostFinished = useRef<ImportProgress | null>(null);
  // Every path the current job reported (stored or not): after a complete import, the folder's
  // other known files are gone from disk and their articles get marked "file missing".
  const seen = useRef<{ root: string | null; paths: Set<string> }>({ root: null, paths: new Set() });

  const drain = useCallback(async () => {
    if (writing.current) return;
    writing.current = true;
    try {
      while (queue.current.length > 0) {
        const batch = queue.current.splice(0, BATCH);
        const outcomes = await ingestImportItems(db, batch);
        const results = batch.map((item, i) => importResultOf(item, outcomes[i]!));
        setState((s) => ({ ...s, results: [...s.results, ...results] }));
      }
    } finally {
      writing.current = false;
    }
    const finished = hostFinished.current;
    if (!finished || queue.current.length > 0) return;
    hostFinished.current = null;
    const { root, paths } = seen.current;
    if (!finished.cancelled && root) await markUnseenFilesMissing(db, root, paths);
    setState((s) => ({ ...s, finished: true }));
  }, [db]);

  useEffect(() => {
    const offItem = platform.onImportItem((item) => {
      queue.current.push(item);
      seen.current.root = item.root;
      seen.current.paths.add(item.path);
      void drain();
    });
    const offProgress = platform.onImportProgress((progress) => {
      setState((s) => (s.jobId === null || s.jobId === progress.jobId ? { ...s, jobId: progress.jobId, progress } : s));
      if (progress.finished) {
        hostFinished.current = progress;
        void drain();
      }
    });
    const offChange = platform.onFolderChange((change) => {
      if (change.kind === 'deleted') void markFileMissing(db, change.root, change.path);
    });
    return () => {
      offItem();
      offProgress();
      offChange();
    };
  }, [platform, db, drain]);

  const run = useCallback(
    async (start: () => Promise<Result<{ jobId: string; root: string } | null>>) => {
      hostFinished.current = null;
      seen.current = { root: null, paths: new Set() };
      setState(IDLE);
      const result = await start();
      if (!result.ok) return setState({ ...IDLE, error: result.error.message });
      if (!result.value) return setState(IDLE);
      const { jobId, root } = result.value;
      setState((s) => ({ ...s, jobId, root }));
      await recordFolderImport(db, root);
    },
    [db],
  );

  const { jobId } = state;
  const cancel = useCallback(() => {
    if (jobId) void platform.cancelImport(jobId);
  }, [platform, jobId]);

  const value = useMemo(() => ({ ...state, run, cancel }), [state, run, cancel]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The app's import session (progress, results, start and cancel). */
export function useImportSession(): ImportSession {
  const session = useContext(Context);
  if (!session) throw new Error('useImportSession() outside <ImportSessionProvider>');
  return session;
}
