#!/usr/bin/env node
// `npm start`: build, make sure the Electron runtime is present (fetching it with Electron's
// own installer on first start, since `npm ci` deliberately does not), then open the app.
// When Electron cannot be had, say so in one paragraph and, in a terminal, start the web
// edition instead so the one command still gives a running Gleaner.
//   node scripts/start.mjs [--no-build]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_TIMEOUT_MS = 60_000;

function run(script, args = []) {
  return spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], { stdio: 'inherit', cwd: root }).status ?? 1;
}

/** Runs Electron's installer quietly; returns null on success or a one-line reason. */
function installElectron(packageDir) {
  console.log('Gleaner: fetching the Electron runtime (first start only)…');
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], { cwd: root, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
  if (result.error?.code === 'ETIMEDOUT') return `the download did not finish within ${INSTALL_TIMEOUT_MS / 1000} s`;
  if (result.status === 0) return null;
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  // Electron's installer prints a stack trace; keep only the error line a person can act on.
  const line = output.split('\n').map((l) => l.trim()).find((l) => /^(\w*Error|RequestError|HTTPError)\b/.test(l) || /ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT/.test(l));
  return `${line ? line.replace(/^\w*Error:\s*/, '') : `the installer exited with code ${result.status}`}, after ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

function explain(reason) {
  const version = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  console.error(
    [
      '',
      `Gleaner could not open the desktop app: the Electron ${version} runtime is not installed and fetching it failed (${reason}).`,
      "To fix this, give this machine network access to Electron's download host (github.com, or a mirror set in ELECTRON_MIRROR) and run `npm start` again,",
      'or set ELECTRON_OVERRIDE_DIST_PATH to a folder that holds an Electron build.',
      'Meanwhile `npm run web` runs the same app in your browser.',
      '',
    ].join('\n'),
  );
}

if (!process.argv.includes('--no-build') && run('build.mjs') !== 0) process.exit(1);

let binary = findElectronBinary();
if (!binary.found && binary.packageDir && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  const failure = installElectron(binary.packageDir);
  binary = findElectronBinary();
  if (!binary.found && failure) binary = { ...binary, reason: failure };
}

if (!binary.found) {
  explain(binary.reason);
  if (!process.stdout.isTTY) process.exit(1);
  console.log('Starting the web edition instead…\n');
  process.exit(run('web.mjs', ['--no-build']));
}

// Chromium refuses to run as root with its sandbox (containers, CI); say so rather than fail.
const args = [path.join(root, 'build', 'electron', 'main.cjs')];
if (process.getuid?.() === 0) {
  console.warn('Gleaner: running as root, so Chromium\'s OS sandbox is off for this run (--no-sandbox). Run as a normal user to keep it.');
  args.push('--no-sandbox');
}
const child = spawn(binary.path, args, { stdio: 'inherit', cwd: root });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
