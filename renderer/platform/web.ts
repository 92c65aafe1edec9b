import type { FolderChange, ImportItem, ImportOptions, ImportProgress } from '../../shared/ipc/contract';
import { DEFAULT_EXTENSIONS } from '../../shared/ipc/contract';
import { err, ok } from '../../shared/ipc/Result';
import type { Platform } from './Platform';
import { Emitter } from './web/Emitter';
import type { PickedFolder } from './web/PickedFile';
import { createCleanWorkerSlot } from './web/createCleanWorkerSlot';
import { IMPORT_WINDOW, ImportWindow } from '../../shared/ipc/ImportWindow';
import { directoryPicker, pickWithInput } from './web/pickDirectory';
import { readDirectoryHandle, type DirectoryHandleLike } from './web/readDirectoryHandle';
import { runWebImport } from './web/runWebImport';
import { fetchSamples, SAMPLES_ROOT } from './web/fetchSamples';
import { downloadBlob, zipExportFiles } from './web/downloads';
import { webOpenExternal } from './web/webOpenExternal';
import { license, version } from '../../package.json';

// One lane per core, up to four: the page itself only stores (IndexedDB works off its thread),
// and on two cores a second lane imported 48 files/s against 36 with one (npm run bench -- browser).
const lanes = () => Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
const failure = (e: unknown, code = 'failed') => err({ code, message: e instanceof Error ? e.message : String(e) });
const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
const browserTimers = (fn: () => void, ms: number) => {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
};

/** The web edition: browser APIs stand in for the preload bridge, with the same verbs and events. */
export function createWebPlatform(): Platform {
  const items = new Emitter<ImportItem>();
  const progress = new Emitter<ImportProgress>();
  const changes = new Emitter<FolderChange>();
  const jobs = new Map<string, AbortController>();
  const windows = new Map<string, ImportWindow>();
  // Directory handles let a folder be read again; files from an <input> are one-time snapshots.
  const handles = new Map<string, DirectoryHandleLike>();

  const start = (folder: PickedFolder, options: ImportOptions = {}) => {
    const jobId = crypto.randomUUID();
    const controller = new AbortController();
    jobs.set(jobId, controller);
    const flow = new ImportWindow(IMPORT_WINDOW, browserTimers);
    windows.set(jobId, flow);
    const extensions = new Set([...DEFAULT_EXTENSIONS, ...(options.extraExtensions ?? []).map((e) => e.toLowerCase().replace(/^\./, ''))]);
    const slots = Array.from({ length: lanes() }, () => createCleanWorkerSlot());
    // Start after the caller has its job id, like the Electron edition's events.
    setTimeout(() => {
      void runWebImport(
        { jobId, root: folder.root, files: folder.files, extensions },
        {
          cleaners: slots.map((s) => s.clean),
          onItem: (i) => {
            flow.sent();
            items.emit(i);
          },
          onProgress: (p) => progress.emit(p),
          signal: controller.signal,
          room: () => flow.room(controller.signal),
        },
      ).finally(() => {
        slots.forEach((s) => s.dispose());
        jobs.delete(jobId);
        windows.delete(jobId);
      });
    }, 0);
    return ok({ jobId, root: folder.root });
  };

  const fromHandle = async (handle: DirectoryHandleLike, options?: ImportOptions) => {
    handles.set(handle.name, handle);
    return start({ root: handle.name, files: await readDirectoryHandle(handle) }, options);
  };

  return {
    kind: 'web',
    async importFolder(options) {
      const picker = directoryPicker();
      try {
        if (picker) return await fromHandle(await picker(), options);
        const folder = await pickWithInput();
        return folder ? start(folder, options) : ok(null);
      } catch (e) {
        return isAbort(e) ? ok(null) : failure(e);
      }
    },
    async importPickedFolder(folder, options) {
      return start(folder, options);
    },
    async importItemsStored(jobId, count) {
      windows.get(jobId)?.stored(count);
      return ok(undefined);
    },
    async importSamples() {
      try {
        return start({ root: SAMPLES_ROOT, files: await fetchSamples() });
      } catch (e) {
        return failure(e, 'samples-unavailable');
      }
    },
    async reimportFolder(root) {
      const handle = handles.get(root);
      if (!handle) return err({ code: 'reopen-needed', message: `Open “${root}” again to re-import it: the browser gave no lasting access to it.` });
      try {
        return await fromHandle(handle);
      } catch (e) {
        return failure(e);
      }
    },
    async cancelImport(jobId) {
      jobs.get(jobId)?.abort();
      return ok(undefined);
    },
    async saveTextFile(suggestedName, content) {
      downloadBlob(suggestedName, new Blob([content], { type: 'text/plain;charset=utf-8' }));
      return ok({ path: suggestedName });
    },
    async saveFolder(suggestedName, files) {
      const zip = zipExportFiles(suggestedName, files);
      downloadBlob(`${suggestedName}.zip`, new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      return ok({ path: `${suggestedName}.zip`, written: files.map((f) => f.name) });
    },
    async openExternal(url) {
      return ok(webOpenExternal(url));
    },
    async appInfo() {
      return ok({ name: 'Gleaner', version, platform: 'web', license });
    },
    async writeAutoBackup() {
      // A page cannot write files on its own; the backup bar reminds the user instead.
      return ok({ written: false, kept: 0, removed: 0, message: 'Backups are manual in the web edition: use “Back up library”.' });
    },
    onImportItem: (listener) => items.on(listener),
    onImportProgress: (listener) => progress.on(listener),
    onFolderChange: (listener) => changes.on(listener),
  };
}
