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
const BATCH = 100;
/**
 * How long a batch waits for more items once its first one arrived. One transaction per batch
 * costs a disk flush ('strict' durability) and a rerun of every live query that reads articles:
 * gathering items for half a second beats storing each as it comes.
 */
const GATHER_MS = 500;
/** How often the progress bar takes the latest of the host's per-file progress events. */
const PROGRESS_MS = 100;

function countByJob(items: ImportItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.jobId, (counts.get(item.jobId) ?? 0) + 1);
  return counts;
}

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
  const gatherTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestProgress = useRef<ImportProgress | null>(null);
  const progressTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Stores full batches; `all` (the gather timer, the end of the import) also stores a partial one.
  const drain = useCallback(async (all: boolean) => {
    if (gatherTimer.current) clearTimeout(gatherTimer.current);
    gatherTimer.current = null;
    if (writing.current) return;
    writing.current = true;
    try {
      while (queue.current.length >= BATCH || (queue.current.length > 0 && (all || hostFinished.current))) {
        const batch = queue.current.splice(0, BATCH);
        let outcomes: Awaited<ReturnType<typeof ingestImportItems>>;
        try {
          outcomes = await ingestImportItems(db, batch);
        } finally {
          // Stored or not, these items no longer wait in memory: the host may clean further.
          for (const [jobId, count] of countByJob(batch)) void platform.importItemsStored(jobId, count);
        }
        const results = batch.map((item, i) => importResultOf(item, outcomes[i]!));
        setState((s) => ({ ...s, results: [...s.results, ...results] }));
      }
    } finally {
      writing.current = false;
    }
    if (queue.current.length > 0) {
      // Items came in while the last batch was stored: they wait for more, as the first did.
      gatherTimer.current ??= setTimeout(() => void drain(true), GATHER_MS);
      return;
    }
    const finished = hostFinished.current;
    if (!finished) return;
    hostFinished.current = null;
    const { root, paths } = seen.current;
    if (!finished.cancelled && root) await markUnseenFilesMissing(db, root, paths);
    setState((s) => ({ ...s, finished: true }));
  }, [db, platform]);

  useEffect(() => {
    const offItem = platform.onImportItem((item) => {
      queue.current.push(item);
      seen.current.root = item.root;
      seen.current.paths.add(item.path);
      // A full batch is stored at once; a partial one waits GATHER_MS for company.
      if (queue.current.length >= BATCH) void drain(false);
      else gatherTimer.current ??= setTimeout(() => void drain(true), GATHER_MS);
    });
    const offProgress = platform.onImportProgress((progress) => {
      // One event per file: showing every one re-rendered the panel hundreds of times a second.
      // The bar shows the latest every PROGRESS_MS, and the last one at once.
      latestProgress.current = progress;
      const show = () => {
        progressTimer.current = null;
        const latest = latestProgress.current;
        if (latest) setState((s) => (s.jobId === null || s.jobId === latest.jobId ? { ...s, jobId: latest.jobId, progress: latest } : s));
      };
      if (!progress.finished) {
        progressTimer.current ??= setTimeout(show, PROGRESS_MS);
        return;
      }
      if (progressTimer.current) clearTimeout(progressTimer.current);
      show();
      hostFinished.current = progress;
      void drain(true);
    });
    const offChange = platform.onFolderChange((change) => {
      if (change.kind === 'deleted') void markFileMissing(db, change.root, change.path);
    });
    return () => {
      if (gatherTimer.current) clearTimeout(gatherTimer.current);
      if (progressTimer.current) clearTimeout(progressTimer.current);
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
