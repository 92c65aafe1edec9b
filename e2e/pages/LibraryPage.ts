import { expect, type Locator, type Page } from '@playwright/test';
import { openApp } from '../fixtures';

/** The library as a user sees it: Open folder, the sample offer, search, the table and the import panel. */
export class LibraryPage {
  readonly table: Locator;
  readonly search: Locator;
  readonly openFolderInput: Locator;
  readonly importPanel: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('grid', { name: 'Library' });
    this.search = page.getByLabel('Search', { exact: true });
    this.openFolderInput = page.getByLabel('Open folder');
    this.importPanel = page.getByRole('region', { name: 'Import' });
  }

  async goto(): Promise<void> {
    await openApp(this.page);
  }

  /** The id of the import shown now (null if none), so a wait can tell the next import from it. */
  private async currentJob(): Promise<string | null> {
    if ((await this.importPanel.count()) === 0) return null;
    return this.importPanel.getAttribute('data-import-job');
  }

  /** Waits until an import other than `previousJob` has finished and every file is stored. */
  private async waitForImportAfter(previousJob: string | null): Promise<void> {
    const finished = this.page.locator('[data-import-state="finished"]');
    await expect(finished).toBeVisible({ timeout: 45_000 });
    await expect.poll(() => finished.getAttribute('data-import-job'), { timeout: 45_000 }).not.toBe(previousJob);
  }

  async importSamples(): Promise<void> {
    const before = await this.currentJob();
    await this.page.getByRole('button', { name: 'Import sample clippings' }).click();
    await this.waitForImportAfter(before);
  }

  /** Opens a folder through the labelled folder input (what the directory picker would fill). */
  async openFolder(dir: string): Promise<void> {
    const before = await this.currentJob();
    await this.openFolderInput.setInputFiles(dir);
    await this.waitForImportAfter(before);
  }

  /** Runs a full-text search and waits until its results are shown. */
  async searchFor(query: string): Promise<void> {
    await this.search.fill(query);
    await expect(this.page.locator('[data-search-state="idle"]')).toBeVisible();
  }

  titleButtons(): Locator {
    return this.table.locator('tbody tr[data-article-id] .title-cell__open');
  }

  async titles(): Promise<string[]> {
    return (await this.titleButtons().allTextContents()).map((t) => t.trim());
  }

  row(title: string): Locator {
    return this.table.locator('tbody tr[data-article-id]').filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  resultItem(path: string): Locator {
    return this.importPanel.getByRole('list', { name: 'Import results' }).locator('li').filter({ hasText: path });
  }
}
