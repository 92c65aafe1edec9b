import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { writeHostileClippings } from './hostileClippings';
import { LibraryPage } from './pages/LibraryPage';
import { OriginalFrame } from './pages/OriginalFrame';
import { ReaderPage } from './pages/ReaderPage';

// S9 end to end: hostile HTML clippings, imported through "Open folder" and opened in the
// reader's rendered view. The app must survive (Trusted Types accept the frame's document), the
// frame must run, fetch and navigate nothing, and the page must log no error — the fixture
// fails the test on any console error (CSP violations included) and on any request that tries
// to leave 127.0.0.1.
test.describe('HTML clippings in the reader (web edition)', () => {
  test('hostile pages render inert in the sandboxed frame, styled, with no errors or requests', async ({ page }) => {
    const { dir, clippings } = writeHostileClippings();
    try {
      const library = new LibraryPage(page);
      await library.goto();
      // Listen for messages before anything is opened; a control message proves the listener works.
      await page.evaluate(() => {
        const w = window as unknown as { frameMessages: string[] };
        w.frameMessages = [];
        window.addEventListener('message', (event) => w.frameMessages.push(String(event.data)));
        window.postMessage('control', location.origin);
      });
      await expect.poll(() => page.evaluate(() => (window as unknown as { frameMessages: string[] }).frameMessages)).toEqual(['control']);

      await library.openFolder(dir);
      await expect(library.titleButtons()).toHaveCount(clippings.length);

      for (const clipping of clippings) {
        await test.step(clipping.file, async () => {
          await library.row(clipping.title).getByRole('button', { name: clipping.title, exact: true }).click();
          const reader = new ReaderPage(page);
          await reader.waitUntilOpen();
          await expect(page.getByTestId('view-error')).toHaveCount(0);

          const frame = new OriginalFrame(page, reader.original);
          await expect(frame.element).toHaveAttribute('sandbox', '');
          await expect(frame.element).toHaveAttribute('csp', /default-src 'none'/);
          await frame.waitForText('p.lead', clipping.sentence);
          // The page's own styles survive: the <style> rule and the inline style attribute.
          expect(await frame.computedStyle('p.lead', ['color', 'font-weight'])).toEqual({ color: 'rgb(160, 20, 20)', 'font-weight': '700' });

          // Nothing in the frame can run, embed, navigate or submit, and it never navigated.
          expect(await frame.locator('script, iframe, object, embed, portal, meta, base, link, form').count()).toBe(0);
          expect(await frame.locator('[href], [action], [formaction], [target]').count()).toBe(0);
          const content = await frame.contentFrame();
          expect(content.url()).toBe('about:srcdoc');
          expect(content.childFrames()).toHaveLength(0);

          await expect(page.locator('[data-ready="app"]')).toBeVisible();
          await page.getByRole('button', { name: 'Library', exact: true }).click();
        });
      }

      // Whatever the frames tried, nothing reached the app (the frame's own URL never changed).
      expect(await page.evaluate(() => (window as unknown as { frameMessages: string[] }).frameMessages)).toEqual(['control']);
      expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
