import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { SourcesPage } from './pages/SourcesPage';

test.describe('Markdown export (web edition)', () => {
  test('export the whole library as one file and as a folder (zip); the front matter parses', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importSamples();
    const sources = new SourcesPage(page);
    await sources.open();
    const name = await sources.select(0);
    await sources.grade('B', 'for the export');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click();

    await library.row((await library.titles())[0] ?? '').getByRole('checkbox').check();
    await page.getByRole('toolbar', { name: 'Selected articles' }).getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export notes' });
    await dialog.getByLabel('The whole library').check();
    const one = await sources.download(dialog.getByRole('button', { name: 'Export', exact: true }));
    expect(one.name).toMatch(/^Gleaner notes \d{4}-\d{2}-\d{2}\.md$/u);
    const front = /^---\n([\s\S]*?\n)---\n/u.exec(one.text);
    expect(parse(front?.[1] ?? '')).toMatchObject({ title: 'Gleaner notes', articles: 5 });
    for (const title of await library.titles()) expect(one.text).toContain(title.replace(/[?]/gu, '?'));
    expect(one.text).toContain(`source: "${name}"`);
    expect(one.text).toContain('source_grade: "B"');

    await dialog.getByLabel('A folder, one file per article').check();
    const zip = await sources.download(dialog.getByRole('button', { name: 'Export', exact: true }));
    expect(zip.name).toMatch(/\.zip$/u);
  });
});
