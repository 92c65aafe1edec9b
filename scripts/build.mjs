#!/usr/bin/env node
// Builds Gleaner into build/: the renderer with Vite (build/renderer, served to both editions)
// and the Electron processes with esbuild (build/electron/*.cjs). `--web` builds only the
// renderer. Electron entries are CommonJS bundles: a sandboxed preload must be one file that
// requires nothing but 'electron', and main/worker bundles keep the packaged app free of
// node_modules lookups.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webOnly = process.argv.includes('--web');

/** The Electron entry points and the file each becomes. */
const electronEntries = [
  { entry: 'electron/main/main.ts', out: 'build/electron/main.cjs' },
  { entry: 'electron/preload/preload.ts', out: 'build/electron/preload.cjs' },
  { entry: 'electron/workers/cleanWorker.ts', out: 'build/electron/cleanWorker.cjs' },
];

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

async function buildElectron() {
  await Promise.all(
    electronEntries.map(({ entry, out }) =>
      esbuild({
        absWorkingDir: root,
        entryPoints: [entry],
        outfile: out,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        // Electron 45 ships Node 22; the bundle may use what that runtime has.
        target: 'node22',
        external: ['electron'],
        sourcemap: false,
        legalComments: 'eof',
        logLevel: 'warning',
      }),
    ),
  );
}

const started = Date.now();
try {
  await Promise.all([buildRenderer(), webOnly ? null : buildElectron()]);
  console.log(`Built ${webOnly ? 'the web edition' : 'renderer and Electron'} into build/ in ${Date.now() - started} ms.`);
} catch (error) {
  // esbuild and Vite already printed the located errors; a stack trace adds nothing.
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
