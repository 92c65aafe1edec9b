import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { EVENT_CHANNELS } from '../../../shared/ipc/contract';
import { err, ok } from '../../../shared/ipc/Result';
import { writeRotatingBackup } from '../backup/writeRotatingBackup';
import { writeFileAtomic } from '../export/atomicWrite';
import { saveFilesToFolder } from '../export/saveFilesToFolder';
import type { FolderRegistry } from '../import/FolderRegistry';
import type { ImportService, ImportSink } from '../import/ImportService';
import { safeOpenExternal } from '../security/safeOpenExternal';
import { APP_LICENSE } from '../window/appMenu';
import type { InvokeHandlers } from './createIpcDispatcher';

export interface MainServices {
  imports: ImportService;
  folders: FolderRegistry;
  samplesDir: () => string;
  /** Starts watching an opened folder (idempotent). */
  watch: (rootName: string, rootPath: string) => void;
}

const SAMPLES_NAME = 'Sample clippings';

/** Streams a job's events to the window that started it, for as long as that window lives. */
function sinkFor(sender: WebContents): ImportSink {
  const send = (channel: string, payload: unknown) => {
    if (!sender.isDestroyed()) sender.send(channel, payload);
  };
  return { item: (item) => send(EVENT_CHANNELS.onImportItem, item), progress: (p) => send(EVENT_CHANNELS.onImportProgress, p) };
}

/**
 * Main's side of each verb. Dialogs are called through the `dialog` module object at call time
 * so the e2e suite can stub them from electronApp.evaluate. Paths chosen in native dialogs stay
 * in main; the renderer sees folder names.
 */
export function createInvokeHandlers(services: MainServices): InvokeHandlers<WebContents> {
  const start = async (sender: WebContents, folder: string, name: string, extra: readonly string[] = []) => {
    const { jobId } = services.imports.start(folder, name, extra, sinkFor(sender));
    return ok({ jobId, root: name });
  };

  return {
    async importFolder(sender, options) {
      const window = BrowserWindow.fromWebContents(sender);
      const props = { title: 'Open folder of clippings', properties: ['openDirectory' as const] };
      const choice = window ? await dialog.showOpenDialog(window, props) : await dialog.showOpenDialog(props);
      const picked = choice.filePaths[0];
      if (choice.canceled || !picked) return ok(null);
      const folder = await realpath(picked);
      const name = await services.folders.register(folder);
      services.watch(name, folder);
      return start(sender, folder, name, options.extraExtensions);
    },
    async importSamples(sender) {
      const folder = await realpath(services.samplesDir());
      return start(sender, folder, await services.folders.register(folder, SAMPLES_NAME));
    },
    async reimportFolder(sender, root) {
      const folder = services.folders.resolve(root);
      if (!folder) return err({ code: 'unknown-folder', message: `Gleaner does not know a folder named "${root}". Open it again.` });
      await services.folders.register(folder);
      return start(sender, folder, root);
    },
    async cancelImport(_sender, jobId) {
      services.imports.cancel(jobId);
      return ok(undefined);
    },
    async importItemsStored(_sender, jobId, count) {
      services.imports.stored(jobId, count);
      return ok(undefined);
    },
    async saveTextFile(sender, suggestedName, content) {
      const window = BrowserWindow.fromWebContents(sender);
      const options = {
        title: 'Save as',
        defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName.replaceAll('\\', '/'))),
        filters: [{ name: 'Markdown', extensions: ['md'] }, { name: 'All files', extensions: ['*'] }],
      };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return ok(null);
      // The native dialog already asked before replacing an existing file.
      await writeFileAtomic(choice.filePath, content);
      return ok({ path: choice.filePath });
    },
    async saveFolder(sender, suggestedName, files) {
      const window = BrowserWindow.fromWebContents(sender);
      const props = { title: 'Choose where to export', buttonLabel: 'Export here', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const choice = window ? await dialog.showOpenDialog(window, props) : await dialog.showOpenDialog(props);
      const parent = choice.filePaths[0];
      if (choice.canceled || !parent) return ok(null);
      return saveFilesToFolder(parent, suggestedName, files);
    },
    async openExternal(sender, url) {
      return safeOpenExternal(url, BrowserWindow.fromWebContents(sender));
    },
    async appInfo() {
      return ok({ name: app.getName(), version: app.getVersion(), platform: 'electron' as const, license: APP_LICENSE });
    },
    async writeAutoBackup(_sender, content, options) {
      // The folder is fixed in main: the renderer chooses neither the place nor the name.
      return ok(await writeRotatingBackup(path.join(app.getPath('userData'), 'backups'), content, { keep: options?.keep }));
    },
  };
}
