#!/usr/bin/env node
// Reads the fuses back from the packaged binaries in dist/ (SECURITY.md S11): a fuse left in
// the wrong position fails `npm run dist` instead of shipping.
//   node scripts/verifyFuses.mjs [path-to-binary …]
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REQUIRED_FUSE_OPTIONS } from './requiredFuses.mjs';

function packagedBinaries(distDir) {
  if (!existsSync(distDir)) return [];
  const found = [];
  for (const dir of readdirSync(distDir)) {
    const full = path.join(distDir, dir);
    for (const candidate of [path.join(full, 'gleaner'), path.join(full, 'Gleaner.exe'), path.join(full, 'Gleaner.app')]) {
      if (existsSync(candidate)) found.push(candidate);
    }
  }
  return found;
}

const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : packagedBinaries(path.resolve('dist'));
if (targets.length === 0) {
  console.error('verifyFuses: no packaged Gleaner binary found under dist/ (run electron-builder first).');
  process.exit(1);
}
let failures = 0;
for (const target of targets) {
  const wire = await getCurrentFuseWire(target);
  for (const [name, wanted] of Object.entries(REQUIRED_FUSE_OPTIONS)) {
    const state = wire[FuseV1Options[name]];
    const actual = state === FuseState.ENABLE ? true : state === FuseState.DISABLE ? false : `missing (${state})`;
    if (actual !== wanted) {
      failures += 1;
      console.error(`${target}: fuse ${name} is ${actual}, must be ${wanted}`);
    }
  }
  console.log(`${target}: ${failures === 0 ? 'all fuses as required' : 'fuses wrong'}`);
}
process.exit(failures === 0 ? 0 : 1);
