import { expect, type Locator, type Page } from '@playwright/test';

/** The reader as a user sees it: the Original and Clean regions, the toolbar and the highlight list. */
export class ReaderPage {
  readonly root: Locator;
  readonly original: Locator;
  readonly clean: Locator;
  readonly highlights: Locator;
  readonly orphans: Locator;
  readonly originalMark: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('[data-ready="reader"]');
    this.original = page.getByRole('region', { name: 'Original' });
    this.clean = page.getByRole('region', { name: 'Clean' });
    this.highlights = page.getByRole('list', { name: 'Highlights in document order' });
    this.orphans = page.getByRole('list', { name: 'Highlights not found in this version' });
    this.originalMark = page.getByTestId('original-sync-mark');
  }

  async waitUntilOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
  }

  /** The clean block (paragraph, heading …) whose text contains `text`. */
  cleanBlock(text: string): Locator {
    return this.clean.locator('[data-block-index]').filter({ hasText: text }).first();
  }

  /** Selects the first occurrence of `phrase` inside the given pane's text, as a user's drag would. */
  async select(pane: 'Original' | 'Clean', phrase: string): Promise<void> {
    const found = await this.page.evaluate(
      ({ pane, phrase }) => {
        const region = document.querySelector(`[role="region"][aria-label="${pane}"]`);
        if (!region) return false;
        const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(phrase) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + phrase.length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return true;
        }
        return false;
      },
      { pane, phrase },
    );
    expect(found, `"${phrase}" in the ${pane} pane`).toBe(true);
  }

  /** The texts painted with a highlight colour inside a pane (CSS Custom Highlight API ranges). */
  async paintedIn(pane: 'Original' | 'Clean'): Promise<string[]> {
    return this.page.evaluate((pane) => {
      const region = document.querySelector(`[role="region"][aria-label="${pane}"]`);
      const out: string[] = [];
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      for (const [name, highlight] of registry) {
        if (name === 'gleaner-current' || name === 'gleaner-sync') continue;
        for (const r of highlight) {
          if (!region?.contains(r.startContainer)) continue;
          out.push((r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset));
        }
      }
      return out;
    }, pane);
  }

  listItem(text: string): Locator {
    return this.highlights.getByRole('listitem').filter({ hasText: text });
  }

  noteField(): Locator {
    return this.page.getByLabel('Note on this highlight (Markdown)');
  }

  /** Waits until every autosaving field says Saved. */
  async waitSaved(): Promise<void> {
    await expect(this.page.locator('[data-save-state]:not([data-save-state="saved"])')).toHaveCount(0);
  }
}
