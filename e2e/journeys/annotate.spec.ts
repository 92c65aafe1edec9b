import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { AppPage } from '../pages/AppPage';
import { LibraryPage } from '../pages/LibraryPage';
import { ReaderPage } from '../pages/ReaderPage';
import { SourcesPage } from '../pages/SourcesPage';
import { seedTitles } from '../support/journeyClippings';

// Journey 2 of issue 8: open a seed, highlight in both panes, write notes, grade the source and
// a passage, correct the cleaner once, reload: everything is there. Then the clipping changes
// on disk and is re-imported: the highlights follow the text or are listed for review.

const SEED_FILE = '000_6118a51b6c2e414f.txt';
const SEED = seedTitles[SEED_FILE]!;
const SOURCE = '中猪商务网';
const CLEAN_PHRASE = '雷克雅未克出席北极理事会';
const ORIGINAL_PHRASE = '美国支持乌克兰领土主权完整';
const DROPPED = '今年2月底以来,乌东部地区';
const NOTE = '待核实：会谈地点与时长';
const DOC_NOTE = '# 要点\n\n美俄外长会晤，分歧仍在。';
const samplesDir = path.resolve(import.meta.dirname, '..', '..', 'assets', 'samples');

let parent: string;
let dir: string;
test.beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'gleaner-journey-annotate-'));
  dir = path.join(parent, 'seeds');
  cpSync(samplesDir, dir, { recursive: true });
});
test.afterEach(() => rmSync(parent, { recursive: true, force: true }));

async function openSeed(library: LibraryPage, reader: ReaderPage): Promise<void> {
  await library.row(SEED).getByRole('button', { name: SEED, exact: true }).click();
  await reader.waitUntilOpen();
}

test('annotate a seed: highlights in both panes, notes, grades and a cleaner correction survive a reload and a changed file', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const sources = new SourcesPage(page);
  await app.goto();
  await library.openFolder(dir);
  await openSeed(library, reader);

  // A highlight made in the clean pane from the keyboard, a note, and credibility 2.
  await reader.select('Clean', CLEAN_PHRASE);
  await page.keyboard.press('h');
  await expect(reader.listItem(CLEAN_PHRASE)).toHaveCount(1);
  await page.keyboard.press('n');
  await expect(reader.noteField()).toBeFocused();
  await page.keyboard.type(NOTE);
  await reader.waitSaved();
  await page.getByRole('radiogroup', { name: /Information credibility/u }).getByRole('radio', { name: /^2:/u }).click();
  await expect(reader.listItem(CLEAN_PHRASE).locator('.hl-code')).toHaveText(/^–?2$/u);

  // A highlight made in the original pane shows in the clean pane too.
  await reader.select('Original', ORIGINAL_PHRASE);
  await page.keyboard.press('h');
  await expect(reader.listItem(ORIGINAL_PHRASE)).toHaveCount(1);
  await expect.poll(() => reader.paintedIn('Clean')).toEqual(expect.arrayContaining([CLEAN_PHRASE, ORIGINAL_PHRASE]));
  await expect.poll(() => reader.paintedIn('Original')).toEqual(expect.arrayContaining([CLEAN_PHRASE, ORIGINAL_PHRASE]));
  // Document order, whichever pane each came from.
  await expect(reader.highlights.getByRole('listitem')).toHaveText([new RegExp(CLEAN_PHRASE), new RegExp(ORIGINAL_PHRASE)]);

  await page.getByLabel('Document note (Markdown)').fill(DOC_NOTE);
  await reader.waitSaved();

  // Correct the cleaner once: a kept paragraph is dropped from the clean text.
  await reader.cleanBlock(DROPPED).click();
  await page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Drop block from clean text' }).click();
  await expect(reader.clean.locator('[data-block-index]').filter({ hasText: DROPPED })).toHaveCount(0);
  await expect(reader.original.getByRole('button', { name: 'Put back into clean text' })).toHaveCount(1);

  // Grade the source B: the passage graded 2 reads B2 in the reader; the library shows B.
  await app.show('Sources');
  await sources.selectNamed(SOURCE);
  await sources.grade('B', 'Aggregator; reposts without a byline');
  await expect(sources.gradeOf(SOURCE)).toHaveText('B');
  await app.show('Library');
  await expect(library.row(SEED).locator('.grade-badge')).toHaveText('B');
  await openSeed(library, reader);
  await expect(reader.listItem(CLEAN_PHRASE).locator('.hl-code')).toHaveText('B2');
  await expect(reader.clean.locator('.clean-header .grade-badge')).toHaveText('B');

  // Reload the app: everything is still there.
  await app.reload();
  await expect(library.row(SEED).locator('.grade-badge')).toHaveText('B');
  await expect(library.row(SEED).locator('td').nth(6)).toHaveText('2');
  await openSeed(library, reader);
  await expect(reader.listItem(CLEAN_PHRASE)).toContainText(NOTE);
  await expect(reader.listItem(CLEAN_PHRASE).locator('.hl-code')).toHaveText('B2');
  await expect(reader.listItem(ORIGINAL_PHRASE)).toHaveCount(1);
  await expect(page.getByLabel('Document note (Markdown)')).toHaveValue(DOC_NOTE);
  await expect(reader.clean.locator('[data-block-index]').filter({ hasText: DROPPED })).toHaveCount(0);
  await expect.poll(() => reader.paintedIn('Clean')).toEqual(expect.arrayContaining([CLEAN_PHRASE, ORIGINAL_PHRASE]));
  await reader.listItem(CLEAN_PHRASE).getByRole('button').click();
  await expect(page.getByRole('region', { name: 'Current highlight' })).toBeVisible();
  await app.saveScreenshot('reader.png');
  await page.getByRole('button', { name: 'Close article' }).click();

  // The clipping changes on disk: text inserted before the first passage, the second one's
  // sentence rewritten. Re-import: one new version; the first highlight follows its text, the
  // second is kept with its place marked for review (fuzzy) or listed as not found (orphan).
  const file = path.join(dir, SEED_FILE);
  const changed = readFileSync(file, 'utf8')
    .replace('当地时间19日,同在冰岛', '（本文有更新）当地时间19日,同在冰岛')
    .replace('美国支持乌克兰领土主权完整并反对', '美方再次表达了对');
  expect(changed).not.toContain(ORIGINAL_PHRASE);
  writeFileSync(file, changed);
  await library.openFolder(dir);
  await expect(library.row(SEED)).toContainText('v2');
  await expect(library.titleButtons()).toHaveCount(5);
  await openSeed(library, reader);
  await expect(reader.listItem(CLEAN_PHRASE)).toHaveAttribute('data-anchor', /^(exact|moved)$/u);
  await expect(reader.listItem(CLEAN_PHRASE)).toContainText(NOTE);
  await expect.poll(() => reader.paintedIn('Clean')).toContain(CLEAN_PHRASE);
  const moved = page.locator('[data-highlight-id]').filter({ hasText: ORIGINAL_PHRASE });
  await expect(moved).toHaveCount(1);
  await expect(moved).toHaveAttribute('data-anchor', /^(fuzzy|orphan)$/u);
  if ((await moved.getAttribute('data-anchor')) === 'orphan') await expect(reader.orphans.getByRole('listitem').filter({ hasText: ORIGINAL_PHRASE })).toHaveCount(1);
  else await expect(moved).toContainText('needs review');
  // The document note belongs to the article, not to one version.
  await expect(page.getByLabel('Document note (Markdown)')).toHaveValue(DOC_NOTE);
});
