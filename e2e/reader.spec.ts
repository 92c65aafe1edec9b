import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';

const SEED_TITLE = '最高外交官谈了1小时45分 美俄关系现转机?';
const PHRASE = '雷克雅未克';
const samplesDir = path.resolve(import.meta.dirname, '..', 'assets', 'samples');

async function openSeed(page: import('@playwright/test').Page, library: LibraryPage): Promise<ReaderPage> {
  await library.titleButtons().filter({ hasText: SEED_TITLE }).first().click();
  const reader = new ReaderPage(page);
  await reader.waitUntilOpen();
  return reader;
}

test.describe('reader (web edition)', () => {
  test('panes in step; a Chinese highlight with a note survives a reload', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importSamples();
    let reader = await openSeed(page, library);
    await expect(reader.original).toBeVisible();
    await expect(reader.clean).toBeVisible();

    // A paragraph far down the clean text: the original scrolls to the same passage and marks it.
    const last = reader.clean.locator('p[data-block-index]').last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await expect(reader.originalMark).toBeVisible();
    await expect(reader.originalMark).toBeInViewport();

    // Highlight a Chinese phrase in the clean pane with the keyboard; it lights up in the original too.
    await reader.select('Clean', PHRASE);
    await page.keyboard.press('h');
    await expect(reader.listItem(PHRASE)).toHaveCount(1);
    await expect.poll(() => reader.paintedIn('Clean')).toContain(PHRASE);
    await expect.poll(() => reader.paintedIn('Original')).toContain(PHRASE);

    // A note, autosaved as typed; credibility with a key.
    await page.keyboard.press('n');
    await expect(reader.noteField()).toBeFocused();
    await page.keyboard.type('待核实：会谈地点');
    await reader.waitSaved();
    // Leave the note field first: a key typed there is text, not a command.
    await reader.noteField().evaluate((el) => (el as HTMLElement).blur());
    await page.keyboard.press('2');
    await expect(page.getByRole('radiogroup', { name: /Information credibility/u }).getByRole('radio', { name: /^2:/u })).toBeChecked();
    await expect(reader.noteField()).toHaveValue('待核实：会谈地点');

    await page.reload();
    await expect(page.locator('[data-ready="app"]')).toBeVisible();
    reader = await openSeed(page, library);
    await expect(reader.listItem(PHRASE)).toContainText('待核实：会谈地点');
    await expect.poll(() => reader.paintedIn('Original')).toContain(PHRASE);
    await expect.poll(() => reader.paintedIn('Clean')).toContain(PHRASE);
  });

  test('a highlight is re-anchored after the clipping is edited on disk and re-imported', async ({ page }) => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'gleaner-reader-')), 'clips');
    cpSync(samplesDir, dir, { recursive: true });
    const seedFile = readdirSync(dir).find((f) => readFileSync(path.join(dir, f), 'utf8').includes(SEED_TITLE))!;
    try {
      const library = new LibraryPage(page);
      await library.goto();
      await library.openFolder(dir);
      let reader = await openSeed(page, library);
      await reader.select('Clean', PHRASE);
      await page.keyboard.press('h');
      await expect(reader.listItem(PHRASE)).toHaveCount(1);
      await page.getByRole('button', { name: 'Close article' }).click();

      // Text inserted before the passage: the highlight moves with it.
      const file = path.join(dir, seedFile);
      writeFileSync(file, readFileSync(file, 'utf8').replace('当地时间', '（本文有更新）当地时间'));
      await library.openFolder(dir);
      reader = await openSeed(page, library);
      await expect(reader.listItem(PHRASE)).toHaveCount(1);
      await expect.poll(() => reader.paintedIn('Original')).toContain(PHRASE);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
