import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findElectronBinary } from '../scripts/electronBinary.mjs';

// The desktop app itself. It needs an Electron binary, which these machines cannot download;
// where there is none, every test here is reported as skipped with the reason, never passed.
const binary = findElectronBinary();
const mainScript = path.join(import.meta.dirname, '..', 'build', 'electron', 'main.cjs');
// The list reporter does not print skip reasons; say it once so the run shows why.
if (!binary.found) console.log(`[electron] skipped: Electron binary not present: ${binary.reason}`);

test.describe('Electron app', () => {
  test.skip(!binary.found, `Electron binary not present: ${binary.found ? '' : binary.reason}`);

  let app: ElectronApplication;
  let userData: string;

  test.beforeEach(async () => {
    userData = await mkdtemp(path.join(tmpdir(), 'gleaner-e2e-profile-'));
    app = await electron.launch({
      executablePath: binary.found ? binary.path : undefined,
      args: [mainScript, '--no-sandbox'],
      env: { ...process.env, GLEANER_USER_DATA_DIR: userData, ELECTRON_ENABLE_SECURITY_WARNINGS: 'true' },
    });
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
  });

  test('the window runs with the secure web preferences (S1)', async () => {
    const page = await app.firstWindow();
    await expect(page.locator('[data-ready="app"]')).toBeVisible();
    const preferences = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences()),
    );
    expect(preferences).toHaveLength(1);
    expect(preferences[0]).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(preferences[0]?.enableBlinkFeatures ?? '').toBe('');
  });

  test('the renderer has no Node and is served from app:// (S1, S2)', async () => {
    const page = await app.firstWindow();
    await expect(page.locator('[data-ready="app"]')).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/bundle\//);
    const globals = await page.evaluate(() => [typeof (globalThis as Record<string, unknown>).require, typeof (globalThis as Record<string, unknown>).process, typeof (globalThis as Record<string, unknown>).module]);
    expect(globals).toEqual(['undefined', 'undefined', 'undefined']);
    const bridge = await page.evaluate(() => Object.keys((window as unknown as { gleaner: object }).gleaner).sort());
    expect(bridge).not.toContain('ipcRenderer');
    expect(bridge).not.toContain('send');
    expect(bridge).not.toContain('on');
  });

  test('navigation and new windows are denied, and no request left the app (S4, S8)', async () => {
    const page = await app.firstWindow();
    await expect(page.locator('[data-ready="app"]')).toBeVisible();
    const before = page.url();
    await page.evaluate(() => {
      window.open('https://example.org/');
      location.href = 'https://example.org/';
    });
    await expect.poll(async () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(page.url()).toBe(before);
    const stats = await app.evaluate(() => (globalThis as unknown as { gleanerSecurityStats: { cancelledRequests: string[] } }).gleanerSecurityStats);
    expect(stats.cancelledRequests).toEqual([]);
  });
});
