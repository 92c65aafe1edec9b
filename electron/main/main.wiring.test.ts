import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from './protocol/contentSecurityPolicy';
import { createElectronStub, type StubRecord } from './testing/electronStub';

// No Electron binary can be downloaded here, so this loads the real main bundle (built as
// scripts/build.mjs builds it) against a recording stub of the 'electron' module. It checks
// the wiring Electron itself would be handed; e2e/electron.spec.ts checks the real thing.
const repo = path.resolve(import.meta.dirname, '../..');
let base: string;
let record: StubRecord;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'gleaner-main-'));
  await mkdir(path.join(base, 'renderer'), { recursive: true });
  await writeFile(path.join(base, 'renderer', 'index.html'), '<!doctype html><title>Gleaner</title>');
  const outfile = path.join(base, 'electron', 'main.cjs');
  await build({ entryPoints: [path.join(repo, 'electron/main/main.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', external: ['electron'], logLevel: 'error' });
  const stub = createElectronStub(path.join(base, 'userData'));
  await mkdir(path.join(base, 'userData'));
  record = stub.record;
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = (request, ...rest) => (request === 'electron' ? stub.electron : original(request, ...rest));
  try {
    Module.createRequire(outfile)(outfile);
  } finally {
    loader._load = original;
  }
  expect(record.calls).toEqual(['registerSchemes', 'enableSandbox']);
  stub.ready();
  // start() runs after ready; wait for its last step, the window's first load.
  for (let turn = 0; turn < 200 && !record.windows[0]?.url; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('main process wiring (Electron stubbed)', () => {
  it('registers app:// as a standard, secure scheme before ready', () => {
    expect(record.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('opens one window with the secure preferences and the bundled preload', () => {
    expect(record.windows).toHaveLength(1);
    expect(record.windows[0]!.url).toBe('app://bundle/index.html');
    const prefs = record.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(path.join(base, 'electron', 'preload.cjs'));
  });

  it('handles exactly the contract verbs, and refuses a subframe', async () => {
    expect([...record.ipcHandlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    const appInfo = record.ipcHandlers.get(INVOKE_CHANNELS.appInfo)!;
    const fromMain = await appInfo({ sender: {}, senderFrame: { url: 'app://bundle/index.html', parent: null } });
    const fromSubframe = await appInfo({ sender: {}, senderFrame: { url: 'app://bundle/index.html', parent: {} } });
    expect(fromMain).toMatchObject({ ok: true, value: { name: 'Gleaner', platform: 'electron', license: 'MIT' } });
    expect(fromSubframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('serves the bundle on app://bundle with the CSP header and refuses other hosts', async () => {
    const handler = record.protocolHandlers.get('app')!;
    const page = await handler({ url: 'app://bundle/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Gleaner</title>');
    expect((await handler({ url: 'app://evil/index.html', method: 'GET' })).status).toBe(404);
    expect((await handler({ url: 'app://bundle/..%2f..%2fpackage.json', method: 'GET' })).status).toBe(400);
  });

  it('resolves the parsed URL path: query and fragment ignored, dot segments resolved inside the bundle', async () => {
    const handler = record.protocolHandlers.get('app')!;
    expect((await handler({ url: 'app://bundle/index.html?view=reader#top', method: 'GET' })).status).toBe(200);
    expect((await handler({ url: 'app://bundle/assets/%2e%2e/index.html', method: 'GET' })).status).toBe(200);
    // Above the root, URL parsing stops at "/", so this asks for the bundle's own package.json.
    expect((await handler({ url: 'app://bundle/%2e%2e/%2e%2e/package.json', method: 'GET' })).status).toBe(404);
    expect((await handler({ url: 'app://bundle/index.html%00.js', method: 'GET' })).status).toBe(400);
  });

  it('cancels network requests and denies permissions', () => {
    const verdicts: boolean[] = [];
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'smb://host/share', 'app://bundle/index.html', 'data:image/png;base64,AA==']) {
      record.beforeRequest!({ url }, (r) => verdicts.push(r.cancel));
    }
    expect(verdicts).toEqual([true, true, true, false, false]);
    let granted: boolean | null = null;
    record.permissionRequest!({}, 'notifications', (g) => (granted = g));
    expect(granted).toBe(false);
  });

  it('denies every permission check, device and screen capture (S7)', () => {
    for (const permission of ['notifications', 'media', 'clipboard-read', 'geolocation', 'openExternal', 'fileSystem', 'hid', 'unknown']) {
      expect(record.permissionCheck!(null, permission, 'app://bundle', {}), permission).toBe(false);
    }
    expect(record.permissionCheck!(null, 'notifications', 'app://bundle', { isMainFrame: false, requestingUrl: 'about:srcdoc' })).toBe(false);
    for (const deviceType of ['hid', 'serial', 'usb']) expect(record.devicePermission!({ deviceType, origin: 'app://bundle' }), deviceType).toBe(false);
    const streams: unknown[] = [];
    record.displayMediaRequest!({ frame: null, securityOrigin: 'app://bundle', userGesture: true }, (s) => streams.push(s));
    expect(streams).toEqual([null]);
    expect(record.spellChecker).toBe(false);
  });

  it('cancels every download and counts it (S4)', () => {
    const stats = (globalThis as { gleanerSecurityStats?: { cancelledDownloads: number } }).gleanerSecurityStats!;
    const before = stats.cancelledDownloads;
    const calls: string[] = [];
    const event = { preventDefault: () => calls.push('preventDefault') };
    const item = { cancel: () => calls.push('cancel'), getURL: () => 'https://evil.example/payload.exe' };
    expect(record.session!.listenerCount('will-download')).toBe(1);
    record.session!.emit('will-download', event, item, {});
    expect(calls.sort()).toEqual(['cancel', 'preventDefault']);
    expect(stats.cancelledDownloads).toBe(before + 1);
  });
});
