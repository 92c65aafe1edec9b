import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALLOWED_ELECTRON_MAJORS, REQUIRED_FUSES } from './requiredFuses.mjs';

// Packaging cannot run here (no Electron download), so a broken installer configuration
// would land unnoticed. These checks run everywhere: electron-builder's own schema, the
// fields and targets we promise, the fuse table, icons, and the dependency rules of S12.
const repo = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const config = parse(readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(path.join(repo, file));
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    await expect(validateConfiguration(structuredClone(config), { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
  });

  it('names the app and packs the built bundle into an asar', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('Gleaner');
    expect(config.asar).toBe(true);
    expect(config.files).toContain('build/**/*');
    expect(pkg.main).toBe('build/electron/main.cjs');
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'assets/samples', to: 'samples' }));
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('flips every required fuse (S11)', () => {
    for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) expect(config.electronFuses[fuse], fuse).toBe(value);
  });

  it('has icons at every size the platforms ask for', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(`${config.linux.icon}/${size}x${size}.png`)).toEqual([size, size]);
    expect(readFileSync(path.join(repo, config.win.icon)).readUInt16LE(2)).toBe(1); // ICO type
    expect(readFileSync(path.join(repo, config.mac.icon)).subarray(0, 4).toString('ascii')).toBe('icns');
  });
});

describe('Electron dependency rules (S12)', () => {
  it('locks a supported Electron major', () => {
    const version = lock.packages['node_modules/electron']?.version ?? '';
    expect(ALLOWED_ELECTRON_MAJORS).toContain(Number(version.split('.')[0]));
  });

  it('never depends on @electron/remote', () => {
    expect(Object.keys(lock.packages).filter((p) => p.endsWith('node_modules/@electron/remote'))).toEqual([]);
  });
});
