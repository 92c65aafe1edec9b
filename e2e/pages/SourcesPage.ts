import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The Sources view: the table, a source's detail with its grade editor, gradings sharing. */
export class SourcesPage {
  readonly table: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Sources' });
    this.detail = page.locator('[data-ready="source-detail"]');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sources' }).click();
    await expect(this.page.locator('[data-ready="sources"]')).toBeVisible();
  }

  rows(): Locator {
    return this.table.locator('tbody tr[data-source-id]');
  }

  /** Selects the source in the given table row (0-based) and returns its name. */
  async select(index: number): Promise<string> {
    const row = this.rows().nth(index);
    const name = (await row.locator('.source-name').textContent())?.trim() ?? '';
    await row.click();
    await expect(this.detail).toBeVisible();
    return name;
  }

  /** Selects the source called `name` and waits for its detail. */
  async selectNamed(name: string): Promise<void> {
    await this.rows().filter({ has: this.page.locator('.source-name', { hasText: name }) }).first().click();
    await expect(this.detail).toBeVisible();
  }

  async grade(grade: string, rationale: string): Promise<void> {
    await this.detail.getByLabel('Rationale').fill(rationale);
    await this.detail.getByRole('group', { name: 'Source reliability' }).getByRole('button', { name: grade, exact: true }).click();
    await expect(this.detail.getByRole('heading', { level: 2 }).locator('.grade-badge')).toHaveAttribute('data-grade', grade);
  }

  gradeOf(name: string): Locator {
    return this.rows().filter({ has: this.page.locator('.source-name', { hasText: name }) }).locator('.grade-badge');
  }

  /** Clicks a button that downloads a file and returns the file's text. */
  async download(button: Locator): Promise<{ name: string; text: string; download: Download }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), download };
  }

  async exportGradings(): Promise<{ name: string; text: string; download: Download }> {
    return this.download(this.page.getByRole('button', { name: 'Export gradings' }));
  }

  async clearGradings(): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByRole('button', { name: 'Clear all gradings' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Cleared the gradings' })).toBeVisible();
  }

  async importGradings(file: string): Promise<void> {
    await this.page.getByLabel('Gradings file').setInputFiles(file);
    const dialog = this.page.getByRole('dialog', { name: 'Import gradings' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Imported gradings' })).toBeVisible();
  }
}
