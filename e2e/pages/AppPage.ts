import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { openApp } from '../fixtures';

const screenshotsDir = path.resolve(import.meta.dirname, '..', '..', 'assets', 'screenshots');

/** The app around the views: the Views navigation, reload, the backup bar and README screenshots. */
export class AppPage {
  readonly views: Locator;
  readonly backupBar: Locator;

  constructor(readonly page: Page) {
    this.views = page.getByRole('navigation', { name: 'Views' });
    this.backupBar = page.getByTestId('backup-bar');
  }

  async goto(): Promise<void> {
    await openApp(this.page);
  }

  /** Switches to a view and waits until it says it is ready. */
  async show(view: 'Library' | 'Sources'): Promise<void> {
    await this.views.getByRole('button', { name: view }).click();
    await expect(this.views.getByRole('button', { name: view })).toHaveAttribute('aria-current', 'page');
    await expect(this.page.locator(view === 'Library' ? '[data-ready="app"]' : '[data-ready="sources"]')).toBeVisible();
  }

  /** Reloads the page (same profile) and waits until the library is open again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.locator('[data-ready="app"]')).toBeVisible();
  }

  /**
   * Saves a README screenshot into assets/screenshots. Caret and animations are frozen so the
   * picture only changes when the app does.
   */
  async saveScreenshot(name: 'library.png' | 'reader.png' | 'sources.png'): Promise<void> {
    mkdirSync(screenshotsDir, { recursive: true });
    await this.page.screenshot({ path: path.join(screenshotsDir, name), animations: 'disabled', caret: 'hide' });
  }
}
