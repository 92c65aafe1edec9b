import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

// The five bundled samples and the titles a careful reader gives them (the gold in the corpus).
const SAMPLE_TITLES = [
  '最高外交官谈了1小时45分 美俄关系现转机?',
  '北极会议登场 美俄外长首次面对面会谈',
  '俄乌冲突要失控?美国防长罕见与俄通话,普京或要有大动作',
  '中美缓和后,俄美要破冰?普京接过华盛顿请柬,西方或抛弃泽连斯基',
  '中俄伊会谈结束,特朗普意料之外,俄罗斯竟拒绝了与伊朗三角联盟',
];

const samplesDir = path.resolve(import.meta.dirname, '..', 'assets', 'samples');

function harbourHtml(extra: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Harbour talks resume | Example News</title></head><body>
<nav>Home | World</nav><article><h1>Harbour talks resume</h1>
<p>Negotiators returned to the harbour city on Monday for a second round of talks about shipping lanes.</p>
<p>Officials said the atmosphere was constructive and that a joint statement could follow later this week.</p>${extra}
</article><footer>Copyright Example News</footer></body></html>`;
}

/** A folder like a user's: the seeds, an HTML page, a Markdown note, an image and a fake HTML that is really a PDF. */
function writeClippingsFolder(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'gleaner-e2e-')), 'clippings');
  mkdirSync(path.join(dir, 'seeds'), { recursive: true });
  mkdirSync(path.join(dir, 'notes'));
  cpSync(samplesDir, path.join(dir, 'seeds'), { recursive: true });
  writeFileSync(path.join(dir, 'harbour.html'), harbourHtml(''));
  writeFileSync(
    path.join(dir, 'notes', 'arctic.md'),
    '# Arctic Council meets in Reykjavik\n\nThe foreign ministers met on Wednesday and agreed to keep talking about the Arctic.\n\nA second paragraph with more words so the body is long enough for the cleaner.\n',
  );
  writeFileSync(path.join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  writeFileSync(path.join(dir, 'report.html'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0)]));
  return dir;
}

test.describe('library (web edition)', () => {
  test('an empty library offers the samples, which import with their titles', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importSamples();
    await expect(library.titleButtons()).toHaveCount(5);
    expect((await library.titles()).sort()).toEqual([...SAMPLE_TITLES].sort());
    await expect(library.table.getByRole('columnheader')).toHaveText(['', 'Title', 'Source', 'Published', 'Reliability', 'Tags', 'Highlights', 'Notes', 'Words', 'Imported'].map((t) => (t ? new RegExp(t) : /.*/)));
  });

  test('a Chinese phrase search finds the article that contains the phrase, with a snippet', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importSamples();
    await library.searchFor('雷克雅未克');
    await expect(library.titleButtons()).toHaveText([SAMPLE_TITLES[0]!]);
    await expect(library.table.getByTestId('snippet').locator('mark')).toHaveText('雷克雅未克');
    await library.searchFor('请柬');
    await expect(library.titleButtons()).toHaveText([SAMPLE_TITLES[3]!]);
  });

  test('the search worker answers from memory and follows what changes: a removal and its undo', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importSamples();
    const status = page.locator('.library-status');
    // The worker reads the stored texts in the background; until then the postings answer.
    await expect(async () => {
      await library.search.fill('');
      await library.searchFor('雷克雅未克');
      await expect(status).toHaveAttribute('data-search-answered-by', 'memory', { timeout: 500 });
    }).toPass({ timeout: 15_000 });
    await expect(library.titleButtons()).toHaveText([SAMPLE_TITLES[0]!]);
    await expect(library.table.getByTestId('snippet').locator('mark')).toHaveText('雷克雅未克');

    const bulk = page.getByRole('toolbar', { name: 'Selected articles' });
    await library.row(SAMPLE_TITLES[0]!).getByRole('checkbox').check();
    await bulk.getByRole('button', { name: 'Remove' }).click();
    await expect(library.titleButtons()).toHaveCount(0);
    await expect(status).toHaveAttribute('data-search-answered-by', 'memory');
    await bulk.getByRole('button', { name: 'Undo' }).click();
    await expect(library.titleButtons()).toHaveText([SAMPLE_TITLES[0]!]);
    await expect(status).toHaveAttribute('data-search-answered-by', 'memory');
  });

  test('keyboard: / focuses search, arrows move, Space selects, Enter opens the reader', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importSamples();
    await library.table.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(library.table.locator('tbody tr[aria-selected="true"]')).toHaveCount(1);
    await expect(page.getByRole('toolbar', { name: 'Selected articles' })).toContainText('1 selected');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Reader' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click();
    await expect(library.table).toBeVisible();
    await page.keyboard.press('/');
    await expect(library.search).toBeFocused();
  });

  test('bulk actions: tag the selection, filter by the tag, remove and undo', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importSamples();
    const bulk = page.getByRole('toolbar', { name: 'Selected articles' });
    await library.row(SAMPLE_TITLES[1]!).getByRole('checkbox').check();
    await library.row(SAMPLE_TITLES[2]!).getByRole('checkbox').check();
    await bulk.getByLabel('Tag to add').fill('arctic');
    await bulk.getByRole('button', { name: 'Tag', exact: true }).click();
    await expect(bulk.getByRole('status')).toContainText('Tagged 2');
    await page.getByLabel('Tag', { exact: true }).selectOption('arctic');
    await expect(library.titleButtons()).toHaveCount(2);
    await page.getByLabel('Tag', { exact: true }).selectOption('');

    await bulk.getByRole('button', { name: 'Remove' }).click();
    await expect(library.titleButtons()).toHaveCount(3);
    await bulk.getByRole('button', { name: 'Undo' }).click();
    await expect(library.titleButtons()).toHaveCount(5);
    await expect(library.row(SAMPLE_TITLES[1]!)).toContainText('arctic');
  });

  test('re-clean: an article cleaned by an older cleaner is cleaned again in a worker, in place', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importSamples();
    // Make one article look like an older cleaner's work, straight in IndexedDB (as a stored library from an older build is).
    await page.evaluate(async (title) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('gleaner');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['articles', 'versions'], 'readwrite');
      const articles = tx.objectStore('articles');
      const all = await new Promise<Array<{ id: string; title: string; currentVersionId: string }>>((resolve) => {
        const req = articles.getAll();
        req.onsuccess = () => resolve(req.result);
      });
      const article = all.find((a) => a.title === title)!;
      articles.put({ ...article, title: 'Stale title from an older cleaner' });
      const versions = tx.objectStore('versions');
      const req = versions.get(article.currentVersionId);
      req.onsuccess = () => versions.put({ ...req.result, cleanerVersion: 1 });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, SAMPLE_TITLES[1]!);
    await page.reload();
    await expect(library.titleButtons()).toHaveCount(5);
    const bulk = page.getByRole('toolbar', { name: 'Selected articles' });
    await library.row('Stale title from an older cleaner').getByRole('checkbox').check();
    await library.row(SAMPLE_TITLES[2]!).getByRole('checkbox').check();
    await bulk.getByRole('button', { name: 'Re-clean' }).click();
    await expect(bulk.getByRole('status')).toHaveText('Re-cleaned 1 of 2; 1 already cleaned by this version of the cleaner.');
    expect((await library.titles()).sort()).toEqual([...SAMPLE_TITLES].sort());
  });

  test('opening a folder imports every clipping, lists the rest, and a changed file becomes version 2', async ({ page }) => {
    const dir = writeClippingsFolder();
    try {
      const library = new LibraryPage(page);
      await library.goto();
      await library.openFolder(dir);
      await expect(library.titleButtons()).toHaveCount(7);
      const titles = await library.titles();
      for (const title of [...SAMPLE_TITLES, 'Harbour talks resume', 'Arctic Council meets in Reykjavik']) expect(titles).toContain(title);
      // Short test pages may carry a "body short" warning: they count as imported with warnings.
      await expect(library.importPanel).toContainText('1 skipped, 1 failed');
      await expect(library.resultItem('photo.png')).toContainText('Skipped');
      await expect(library.resultItem('report.html')).toContainText('Failed');

      writeFileSync(path.join(dir, 'harbour.html'), harbourHtml('<p>Update: the statement was published on Friday.</p>'));
      await library.openFolder(dir);
      await expect(library.titleButtons()).toHaveCount(7);
      await expect(library.row('Harbour talks resume')).toContainText('v2');
      await library.searchFor('published on friday');
      await expect(library.titleButtons()).toHaveText(['Harbour talks resume']);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
