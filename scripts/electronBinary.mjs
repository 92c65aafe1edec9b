// Finds the Electron binary without triggering a download (require('electron') from Node
// would run Electron's installer synchronously). Used by scripts/start.mjs and the Electron
// e2e spec, so both agree on whether Electron is present and why not.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The platform's executable inside an Electron dist folder (as electron/install.js names it). */
function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * @returns {{ found: true, path: string } | { found: false, reason: string, packageDir: string | null }}
 */
export function findElectronBinary() {
  let packageDir = null;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm ci)', packageDir: null };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, executable);
    return existsSync(candidate)
      ? { found: true, path: candidate }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} does not exist`, packageDir };
  }
  const candidate = path.join(packageDir, 'dist', executable);
  return existsSync(candidate)
    ? { found: true, path: candidate }
    : { found: false, reason: `no Electron binary at ${path.relative(process.cwd(), candidate)} (Electron downloads it on first start, not at install)`, packageDir };
}
