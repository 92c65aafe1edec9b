import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The "Export notes" dialog: scope, one file or a folder, and the Export button (a download in the web edition). */
export class ExportDialogPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export notes' });
  }

  /** Opens the dialog for the articles selected in the library. */
  async openForSelection(): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Selected articles' }).getByRole('button', { name: 'Export…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Exports in the given mode and returns the downloaded file. */
  async export(mode: 'one-file' | 'folder'): Promise<{ name: string; bytes: Buffer; download: Download }> {
    await this.dialog.getByLabel(mode === 'one-file' ? 'One Markdown file' : 'A folder, one file per article').check();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    await expect(this.dialog.getByRole('status')).toContainText('Exported');
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()), download };
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
