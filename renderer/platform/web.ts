import { err } from '../../shared/ipc/Result';
import type { Platform } from './Platform';

/** The web edition: browser APIs stand in for the preload bridge. (Import lands next.) */
export function createWebPlatform(): Platform {
  const notYet = async () => err({ code: 'unsupported', message: 'Not available in the web edition yet.' });
  return {
    kind: 'web',
    importFolder: notYet,
    importSamples: notYet,
    reimportFolder: notYet,
    cancelImport: notYet,
    saveTextFile: notYet,
    saveFolder: notYet,
    openExternal: notYet,
    appInfo: notYet,
    onImportItem: () => () => {},
    onImportProgress: () => () => {},
    onFolderChange: () => () => {},
  };
}
