import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { AppPage } from '../pages/AppPage';
import { LibraryPage } from '../pages/LibraryPage';
import { ReaderPage } from '../pages/ReaderPage';
import { writeJourneyFolder, type JourneyFolder } from '../support/journeyClippings';

// Journey 1 of issue 8: a user opens a folder holding the seeds, clippings of every kind and
// encoding, and bad inputs. Every good file becomes an article with its title; every bad one
// is listed with its reason; nothing crashes; the fixture fails the test on any request that
// tries to leave 127.0.0.1 and on any console or page error.

let parent: string;
let folder: JourneyFolder;
test.beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'gleaner-journey-open-'));
  folder = writeJourneyFolder(parent);
});
test.afterEach(() => rmSync(parent, { recursive: true, force: true }));

const HOSTILE = 'bad/script-handlers.html';

/** Records every message a frame posts to the app window (a hostile page must post none). */
async function listenForFrameMessages(page: import('@playwright/test').Page): Promise<() => Promise<unknown[]>> {
  await page.addInitScript(() => {
    (window as unknown as { framesSaid: unknown[] }).framesSaid = [];
    window.addEventListener('message', (e) => (window as unknown as { framesSaid: unknown[] }).framesSaid.push(e.data));
  });
  return () => page.evaluate(() => (window as unknown as { framesSaid: unknown[] }).framesSaid);
}

test('open a folder: every good clipping with its title, every bad one with its reason, nothing leaves the machine', async ({ page }) => {
  const framesSaid = await listenForFrameMessages(page);
  // Tall enough for the README picture to show every row, the seeds included.
  await page.setViewportSize({ width: 1280, height: 1000 });
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  await app.goto();
  await library.openFolder(folder.dir);

  const listedBad = folder.bad.filter((b) => b.title);
  const expectedTitles = [...folder.good.map((g) => g.title), ...listedBad.map((b) => b.title!)];
  await expect(library.titleButtons()).toHaveCount(expectedTitles.length);
  expect((await library.titles()).sort()).toEqual([...expectedTitles].sort());

  const count = (status: string) => folder.bad.filter((b) => b.status === status).length;
  await expect(library.importPanel.getByRole('status')).toContainText(`${count('Skipped')} skipped, ${count('Failed')} failed`);
  for (const bad of folder.bad) {
    const item = library.resultItem(bad.path);
    await expect(item, bad.path).toContainText(bad.status);
    await expect(item.locator('.import-results__detail'), bad.path).toHaveText(bad.reason);
    if (bad.title) await expect(library.row(bad.title).getByText('warning', { exact: true })).toBeVisible();
  }
  // The GBK page without a charset is read right, and says its encoding was guessed.
  await expect(library.resultItem('html/gbk-nometa.html')).toContainText(/encoding/i);

  // Dates and sources come from the pages' own lines.
  for (const title of ['宁波舟山港前五月货物吞吐量增长', '市图书馆新馆正式对外开放', '城市供水改造工程全部完工']) {
    await expect(library.row(title).locator('td').nth(2)).toHaveText('示例新闻网');
    await expect(library.row(title).locator('[title^="published: 2024-06-03"]')).toBeVisible();
  }
  await library.importPanel.getByText(/Per-file results/).click();
  await app.saveScreenshot('library.png');

  // Each generated clipping opens, and its clean text is the text it was written in (encodings).
  const reader = new ReaderPage(page);
  for (const good of folder.good.filter((g) => g.phrase && g.path !== HOSTILE)) {
    await library.row(good.title).getByRole('button', { name: good.title, exact: true }).click();
    await reader.waitUntilOpen();
    await expect(reader.clean.getByRole('heading', { level: 1 })).toHaveText(good.title);
    await expect(reader.clean, good.path).toContainText(good.phrase);
    await page.getByRole('button', { name: 'Close article' }).click();
    await expect(library.table).toBeVisible();
  }
  expect(await framesSaid()).toEqual([]);

  // The folder is remembered: after a reload it is still listed, ready for Re-import.
  await app.reload();
  const folders = page.getByRole('list', { name: 'Opened folders' });
  await page.getByText(/^Folders \(1\)$/).click();
  await expect(folders.getByRole('listitem')).toHaveCount(1);
  await expect(folders).toContainText('Journey clippings');
  await expect(library.titleButtons()).toHaveCount(expectedTitles.length);
});

test('a page full of script handlers opens in both views of the reader and runs nothing', async ({ page }) => {
  // The fixture fails this test on any CSP report or console error the page's handlers cause.
  const framesSaid = await listenForFrameMessages(page);
  const library = new LibraryPage(page);
  await library.goto();
  await library.openFolder(folder.dir);
  const hostile = folder.good.find((g) => g.path === HOSTILE)!;
  await library.row(hostile.title).getByRole('button', { name: hostile.title, exact: true }).click();
  const reader = new ReaderPage(page);
  await reader.waitUntilOpen();
  await expect(reader.clean).toContainText(hostile.phrase);
  await expect(reader.clean.locator('script, svg, iframe, [onload], [onerror], [onfocus], a[href^="javascript" i]')).toHaveCount(0);
  await expect(reader.original.locator('iframe')).toHaveAttribute('sandbox', '');
  await reader.original.getByRole('button', { name: 'Show source text' }).click();
  await expect(reader.original).toContainText('onerror');
  expect(await framesSaid()).toEqual([]);
});
