import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findElectronBinary } from '../scripts/electronBinary.mjs';
import { writeHostileClippings } from './hostileClippings';
import { LibraryPage } from './pages/LibraryPage';
import { OriginalFrame } from './pages/OriginalFrame';
import { ReaderPage } from './pages/ReaderPage';

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
  // S3: every window's console is watched from its first message; a CSP or Trusted Types
  // violation, an "Electron Security Warning" or an uncaught error fails the test, unless the
  // test provoked it on purpose and said so in `expected`.
  let problems: string[];
  let expected: RegExp[];

  function watch(page: Page): void {
    page.on('console', (message) => {
      const text = message.text();
      const violation = message.type() === 'error' && /Content Security Policy|Trusted ?Type|Refused to/i.test(text);
      if ((violation || /Electron Security Warning/.test(text)) && !expected.some((re) => re.test(text))) problems.push(`${message.type()}: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.name}: ${error.message}`));
  }

  test.beforeEach(async () => {
    problems = [];
    expected = [];
    userData = await mkdtemp(path.join(tmpdir(), 'gleaner-e2e-profile-'));
    app = await electron.launch({
      executablePath: binary.found ? binary.path : undefined,
      args: [mainScript, '--no-sandbox'],
      env: { ...process.env, GLEANER_USER_DATA_DIR: userData, ELECTRON_ENABLE_SECURITY_WARNINGS: 'true' },
    });
    app.on('window', watch);
    for (const page of app.windows()) watch(page);
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
    expect(problems, 'CSP violations, Electron security warnings and page errors').toEqual([]);
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

  test('permissions are denied: notifications, camera and microphone (S7)', async () => {
    const page = await app.firstWindow();
    await expect(page.locator('[data-ready="app"]')).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const notifications = (await navigator.permissions.query({ name: 'notifications' as PermissionName })).state;
      let media = 'granted';
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
        for (const track of stream.getTracks()) track.stop();
      } catch (error) {
        media = (error as Error).name;
      }
      return { notifications, media };
    });
    expect(outcome.notifications).toBe('denied');
    // NotAllowedError where a device exists, NotFoundError on a machine without one: never a stream.
    expect(outcome.media).toMatch(/^(NotAllowedError|NotFoundError|NotReadableError)$/);
  });

  test('no request reaches a local canary server, from the page or from main (S8)', async () => {
    let hits = 0;
    const server: Server = createServer((_request, response) => {
      hits += 1;
      response.end('canary');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const canary = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = await app.firstWindow();
      await expect(page.locator('[data-ready="app"]')).toBeVisible();
      // From the page: the CSP refuses the image before any request is made (the one expected violation).
      expected.push(new RegExp(`${canary.replace(/[.:/]/g, '\\$&')}/page\\.png`));
      const image = await page.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            const img = document.createElement('img');
            img.onload = () => resolve('loaded');
            img.onerror = () => resolve('blocked');
            img.src = src;
            document.body.append(img);
          }),
        `${canary}/page.png`,
      );
      expect(image).toBe('blocked');
      // From main, where no CSP applies: the session's request filter cancels it (S8 itself).
      const load = await app.evaluate(async ({ BrowserWindow }, url) => {
        const hidden = new BrowserWindow({ show: false });
        try {
          await hidden.loadURL(url);
          return 'loaded';
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        } finally {
          hidden.destroy();
        }
      }, `${canary}/main-load`);
      expect(load).toMatch(/ERR_BLOCKED_BY_CLIENT/);
      const stats = await app.evaluate(() => (globalThis as unknown as { gleanerSecurityStats: { cancelledRequests: string[] } }).gleanerSecurityStats);
      expect(stats.cancelledRequests).toContain(`${canary}/main-load`);
      expect(hits).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('hostile HTML clippings: the bridge is out of the frame reach and nothing is requested (S6, S8, S9)', async () => {
    const { dir, clippings } = writeHostileClippings();
    try {
      const page = await app.firstWindow();
      const library = new LibraryPage(page);
      await expect(page.locator('[data-ready="app"]')).toBeVisible();
      // The native folder dialog, stubbed in main: main calls dialog.showOpenDialog at call time.
      await app.evaluate(({ dialog }, folder) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [folder] })) as unknown as typeof dialog.showOpenDialog;
      }, dir);
      await page.getByRole('button', { name: 'Open folder' }).click();
      await expect(page.locator('[data-import-state="finished"]')).toBeVisible({ timeout: 45_000 });
      await expect(library.titleButtons()).toHaveCount(clippings.length);

      for (const clipping of clippings) {
        await library.row(clipping.title).getByRole('button', { name: clipping.title, exact: true }).click();
        const reader = new ReaderPage(page);
        await reader.waitUntilOpen();
        const frame = new OriginalFrame(page, reader.original);
        await frame.waitForText('p.lead', clipping.sentence);
        const content = await frame.contentFrame();
        // The preload bridge lives on the app's window; the frame has an opaque origin.
        const reach = await content.evaluate(() => {
          try {
            return typeof (parent as unknown as { gleaner?: unknown }).gleaner;
          } catch (error) {
            return (error as Error).name;
          }
        });
        expect(reach).toBe('SecurityError');
        expect(content.url()).toBe('about:srcdoc');
        await page.getByRole('button', { name: 'Library', exact: true }).click();
      }
      const stats = await app.evaluate(() => (globalThis as unknown as { gleanerSecurityStats: { cancelledRequests: string[] } }).gleanerSecurityStats);
      expect(stats.cancelledRequests).toEqual([]);
      await expect.poll(async () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
