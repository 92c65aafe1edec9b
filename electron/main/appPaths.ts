import { app } from 'electron';
import path from 'node:path';

// The bundles live side by side in build/electron (main.cjs, preload.cjs, cleanWorker.cjs)
// with the renderer in build/renderer, in development and inside app.asar alike.
const electronDir = __dirname;

/** Where the app's files are, in development and in the packaged app. */
export const appPaths = {
  rendererRoot: path.join(electronDir, '..', 'renderer'),
  preload: path.join(electronDir, 'preload.cjs'),
  cleanWorker: path.join(electronDir, 'cleanWorker.cjs'),
  /** Bundled sample clippings: extraResources when packaged, assets/samples in a checkout. */
  samples: () => (app.isPackaged ? path.join(process.resourcesPath, 'samples') : path.join(electronDir, '..', '..', 'assets', 'samples')),
  userFile: (name: string) => path.join(app.getPath('userData'), name),
};
