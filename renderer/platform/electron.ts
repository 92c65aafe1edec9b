import type { GleanerApi } from '../../shared/ipc/contract';
import type { Platform } from './Platform';

/**
 * The Electron edition: every verb goes through the preload bridge unchanged. Main does the
 * validation and the dialogs; the renderer only forwards calls and listens to events.
 */
export function createElectronPlatform(bridge: GleanerApi): Platform {
  return {
    kind: 'electron',
    importFolder: (options) => bridge.importFolder(options),
    importSamples: () => bridge.importSamples(),
    reimportFolder: (root) => bridge.reimportFolder(root),
    cancelImport: (jobId) => bridge.cancelImport(jobId),
    saveTextFile: (name, content) => bridge.saveTextFile(name, content),
    saveFolder: (name, files) => bridge.saveFolder(name, files),
    openExternal: (url) => bridge.openExternal(url),
    appInfo: () => bridge.appInfo(),
    onImportItem: (listener) => bridge.onImportItem(listener),
    onImportProgress: (listener) => bridge.onImportProgress(listener),
    onFolderChange: (listener) => bridge.onFolderChange(listener),
  };
}
