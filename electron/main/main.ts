// Gleaner's main process: lifecycle only. Each concern lives in its own module; the order
// below matters and is explained where it is not obvious.
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { EVENT_CHANNELS } from '../../shared/ipc/contract';
import type { CleanTaskInput, CleanTaskOutput } from '../workers/cleanTask';
import { appPaths } from './appPaths';
import { FolderRegistry } from './import/FolderRegistry';
import { FolderWatcher } from './import/FolderWatcher';
import { cleanPoolSize } from './import/cleanPoolSize';
import { clippingExtensions, ImportService } from './import/ImportService';
import { WorkerPool } from './import/WorkerPool';
import { createInvokeHandlers } from './ipc/createInvokeHandlers';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { handleAppProtocol, registerAppScheme } from './protocol/registerAppProtocol';
import { hardenSession, type SecurityStats } from './security/hardenSession';
import { hardenWebContents } from './security/hardenWebContents';
import { createMainWindow } from './window/createMainWindow';
import { installAppMenu } from './window/appMenu';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

// Before `ready`: the scheme's privileges, the sandbox for every renderer, and a stable
// user-data folder. The name fixes where the library lives in development and when packaged
// (running build/electron/main.cjs directly would otherwise use "Electron").
registerAppScheme();
app.enableSandbox();
app.setName('Gleaner');
app.setPath('userData', process.env.GLEANER_USER_DATA_DIR ?? path.join(app.getPath('appData'), 'Gleaner'));

const securityStats: SecurityStats = { cancelledRequests: [], deniedPermissions: [], cancelledDownloads: 0 };
// Read by the Electron e2e spec through electronApp.evaluate.
(globalThis as { gleanerSecurityStats?: SecurityStats }).gleanerSecurityStats = securityStats;

let mainWindow: BrowserWindow | null = null;
const watchers = new Map<string, FolderWatcher>();
const pool = new WorkerPool<CleanTaskInput, CleanTaskOutput>({
  file: appPaths.cleanWorker,
  // One cleaning worker per core, at most four (cleanPoolSize.ts says why).
  size: cleanPoolSize(availableParallelism()),
  timeoutMs: 30_000,
  // cheerio needs ~40x the HTML size; a 20 MB file fits, a decompression-style blow-up does not.
  resourceLimits: { maxOldGenerationSizeMb: 1024 },
});

async function start(): Promise<void> {
  hardenSession(session.defaultSession, securityStats);
  handleAppProtocol(session.defaultSession, appPaths.rendererRoot);
  const folders = new FolderRegistry(appPaths.userFile('folders.json'));
  await folders.load();
  const imports = new ImportService({ clean: (input, transfer) => pool.run(input, transfer), concurrency: pool.size, maxFileBytes: MAX_FILE_BYTES });
  const watch = (rootName: string, rootPath: string) => {
    if (watchers.has(rootName)) return;
    const watcher = new FolderWatcher(rootPath, rootName, (change) => mainWindow?.webContents.send(EVENT_CHANNELS.onFolderChange, change), {
      extensions: clippingExtensions([]),
      maxFileBytes: MAX_FILE_BYTES,
    });
    watchers.set(rootName, watcher);
    watcher.start().catch(() => watchers.delete(rootName));
  };
  registerIpcHandlers(ipcMain, createInvokeHandlers({ imports, folders, samplesDir: appPaths.samples, watch }));
  installAppMenu(() => mainWindow);
  mainWindow = await createMainWindow(appPaths.preload, appPaths.userFile('window-state.json'));
  mainWindow.on('closed', () => (mainWindow = null));
}

if (!app.requestSingleInstanceLock()) {
  // Another Gleaner is running with this library; it gets focused (second-instance) instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    for (const watcher of watchers.values()) watcher.close();
    void pool.close();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    console.error(`Gleaner could not start: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  });
}
