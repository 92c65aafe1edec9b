import type { CleanError, ImportedArticle } from '../model/CleanArticle';
import type { Result } from './Result';

/**
 * The one contract between the renderer and whatever hosts it (Electron main through the
 * preload bridge, or the web edition's browser adapter). Main implements the invoke verbs,
 * the preload exposes exactly these names, and the renderer reaches them only through
 * renderer/platform. Add a verb here first; the compiler then points at every place to update.
 */

/** How one file of an import ended. */
export type ImportItemStatus = 'imported' | 'skipped' | 'failed';

/** One file's outcome, streamed to the renderer as soon as it is known. */
export interface ImportItem {
  jobId: string;
  /** Path relative to the chosen root, '/'-separated. */
  path: string;
  /** Display name of the chosen root folder. */
  root: string;
  status: ImportItemStatus;
  /** SHA-256 hex of the original bytes (imported items). */
  sha256?: string;
  size?: number;
  /** File modification time, ms since epoch, when known. */
  mtime?: number;
  article?: ImportedArticle;
  /** Why it was skipped or failed, in words. */
  reason?: string;
  error?: CleanError;
}

export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  currentPath: string | null;
  /** Files per second over the job so far. */
  rate: number;
  finished: boolean;
  cancelled: boolean;
}

export interface ImportOptions {
  /** Extra extensions (without dot) to import besides the defaults. */
  extraExtensions?: string[];
}

/** A folder change seen by the watcher (Electron only). */
export interface FolderChange {
  root: string;
  path: string;
  kind: 'added' | 'changed' | 'deleted';
}

export interface ExportFile {
  /** Relative file name, '/'-separated; validated on the host side. */
  name: string;
  content: string;
}

/** What an automatic backup did: the Electron edition writes one file, the web edition none. */
export interface AutoBackupResult {
  written: boolean;
  /** File name of the new backup inside the backups folder (Electron). */
  name?: string;
  /** Backups kept after rotation, the new one included. */
  kept: number;
  /** Older backups deleted by the rotation. */
  removed: number;
  /** Why nothing was written, in words (the web edition: backups are manual there). */
  message?: string;
}

export interface AutoBackupOptions {
  /** How many automatic backups to keep (default 10). */
  keep?: number;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: 'electron' | 'web';
  license: string;
}

/** The verbs the renderer may invoke. Every one returns a `Result`, never throws across the boundary. */
export interface GleanerInvokeApi {
  /** Show the native folder dialog and import the chosen folder; null value when the user cancels. */
  importFolder(options: ImportOptions): Promise<Result<{ jobId: string; root: string } | null>>;
  /** Import the bundled sample clippings. */
  importSamples(): Promise<Result<{ jobId: string; root: string }>>;
  /** Re-import a folder opened before (by its stored root name). */
  reimportFolder(root: string): Promise<Result<{ jobId: string; root: string }>>;
  cancelImport(jobId: string): Promise<Result<void>>;
  /**
   * The renderer has stored `count` items of an import, so cleaning may run that much further
   * ahead (see ImportWindow): without it, cleaned items piled up in the renderer's memory.
   */
  importItemsStored(jobId: string, count: number): Promise<Result<void>>;
  /** Save one text file through the native save dialog; null when the user cancels. */
  saveTextFile(suggestedName: string, content: string): Promise<Result<{ path: string } | null>>;
  /** Write files into a folder the user picks; never overwrites without a fresh name. */
  saveFolder(suggestedName: string, files: ExportFile[]): Promise<Result<{ path: string; written: string[] } | null>>;
  /** Open an http(s) or mailto URL in the system browser after the user confirms. */
  openExternal(url: string): Promise<Result<boolean>>;
  appInfo(): Promise<Result<AppInfo>>;
  /** Write one automatic backup (a library export) into the app's backups folder, keeping the last N. */
  writeAutoBackup(content: string, options?: AutoBackupOptions): Promise<Result<AutoBackupResult>>;
}

/** Events from the host; each subscription returns its unsubscribe function. */
export interface GleanerEventApi {
  onImportItem(listener: (item: ImportItem) => void): () => void;
  onImportProgress(listener: (progress: ImportProgress) => void): () => void;
  onFolderChange(listener: (change: FolderChange) => void): () => void;
}

export type GleanerApi = GleanerInvokeApi & GleanerEventApi;

/** Channel names: `gleaner:` prefix, one per verb. The preload refuses anything else. */
export const INVOKE_CHANNELS = {
  importFolder: 'gleaner:import-folder',
  importSamples: 'gleaner:import-samples',
  reimportFolder: 'gleaner:reimport-folder',
  cancelImport: 'gleaner:cancel-import',
  importItemsStored: 'gleaner:import-items-stored',
  saveTextFile: 'gleaner:save-text-file',
  saveFolder: 'gleaner:save-folder',
  openExternal: 'gleaner:open-external',
  appInfo: 'gleaner:app-info',
  writeAutoBackup: 'gleaner:write-auto-backup',
} as const satisfies Record<keyof GleanerInvokeApi, `gleaner:${string}`>;

export const EVENT_CHANNELS = {
  onImportItem: 'gleaner:import-item',
  onImportProgress: 'gleaner:import-progress',
  onFolderChange: 'gleaner:folder-change',
} as const satisfies Record<keyof GleanerEventApi, `gleaner:${string}`>;

/** The default clipping extensions an import reads. */
export const DEFAULT_EXTENSIONS = ['html', 'htm', 'xhtml', 'shtml', 'md', 'markdown', 'txt'] as const;
