import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { SourcesPage } from './pages/SourcesPage';

test.describe('sources and gradings (web edition)', () => {
  test('grade a seed source B with a rationale, export the gradings, clear them, import: all back', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importSamples();
    const sources = new SourcesPage(page);
    await sources.open();
    await expect(sources.rows().first()).toBeVisible();
    const name = await sources.select(0);
    await sources.grade('B', 'Usually accurate on dates; 官方 line');
    await expect(sources.gradeOf(name)).toHaveText('B');
    await expect(sources.detail.getByRole('list', { name: 'Grade history' })).toContainText('Usually accurate on dates; 官方 line');

    // Shift+D grades the current source from the keyboard.
    await sources.table.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+D');
    await expect(sources.gradeOf(name)).toHaveText('D');
    await sources.grade('B', 'Usually accurate on dates; 官方 line');

    const exported = await sources.exportGradings();
    expect(exported.name).toMatch(/^gleaner-gradings-\d{4}-\d{2}-\d{2}\.json$/u);
    const json = JSON.parse(exported.text) as { format: string; version: number; sources: { name: string; grade: string | null; rationale: string }[] };
    expect(json.format).toBe('gleaner-gradings');
    expect(json.sources.find((s) => s.name === name)).toMatchObject({ grade: 'B', rationale: 'Usually accurate on dates; 官方 line' });

    await sources.clearGradings();
    await expect(sources.gradeOf(name)).toHaveText('ungraded');

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gleaner-gradings-')), 'gradings.json');
    writeFileSync(file, exported.text);
    await sources.importGradings(file);
    await expect(sources.gradeOf(name)).toHaveText('B');
    await expect(sources.detail.getByLabel('Rationale')).toHaveValue('Usually accurate on dates; 官方 line');

    // The library shows the grade and filters by it.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click();
    await page.locator('.library-toolbar select').filter({ has: page.locator('option[value="ungraded"]') }).first().selectOption('B');
    await expect(library.titleButtons().first()).toBeVisible();
    const rows = library.table.locator('tbody tr[data-article-id]');
    for (const badge of await rows.locator('.grade-badge').all()) await expect(badge).toHaveText('B');
  });
});
