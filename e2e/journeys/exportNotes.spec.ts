import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { expect, test } from '../fixtures';
import { AppPage } from '../pages/AppPage';
import { ExportDialogPage } from '../pages/ExportDialogPage';
import { LibraryPage } from '../pages/LibraryPage';
import { ReaderPage } from '../pages/ReaderPage';
import { SourcesPage } from '../pages/SourcesPage';
import { seedTitles } from '../support/journeyClippings';
import { renderBlocks } from '../support/markdownBlocks';

// Journey 3 of issue 8: highlight and annotate two seeds, grade their sources, export the notes
// as one Markdown file and as a folder (a zip download in the web edition); the files hold the
// highlights in document order with their notes, grade codes and citations, the front matter
// parses, and markdown-it renders every quote and note back to exactly the stored text.

const FIRST = { title: seedTitles['000_6118a51b6c2e414f.txt']!, source: '中猪商务网', grade: 'B' };
const SECOND = { title: seedTitles['003_b39938310d6fd83a.txt']!, source: '河南广播电视台', grade: 'C' };
// Made in reverse document order on purpose: the export must still list them in text order.
const HIGHLIGHTS = [
  { article: FIRST, phrase: '美国支持乌克兰领土主权完整', credibility: '3', note: '# 不是标题 > 也不是引用 | `代码` [[wiki]]\n第二行 *星号* <b>标签</b>' },
  { article: FIRST, phrase: '雷克雅未克出席北极理事会', credibility: '1', note: '1. 会谈地点：雷克雅未克' },
  { article: SECOND, phrase: '随着中美两国加强高层往来', credibility: '2', note: '---\n背景' },
];

type Highlight = (typeof HIGHLIGHTS)[number];

async function annotate(page: import('@playwright/test').Page, library: LibraryPage, reader: ReaderPage, h: Highlight): Promise<void> {
  if ((await reader.root.count()) === 0 || (await reader.clean.getByRole('heading', { level: 1 }).textContent()) !== h.article.title) {
    if (await reader.root.count()) await page.getByRole('button', { name: 'Close article' }).click();
    await library.row(h.article.title).getByRole('button', { name: h.article.title, exact: true }).click();
    await reader.waitUntilOpen();
  }
  await reader.select('Clean', h.phrase);
  // The toolbar button, not the h key: focus may still be in the previous highlight's note.
  await page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name: 'Highlight selection' }).click();
  await expect(reader.listItem(h.phrase)).toHaveCount(1);
  await page.getByRole('radiogroup', { name: /Information credibility/u }).getByRole('radio', { name: new RegExp(`^${h.credibility}:`, 'u') }).click();
  await reader.noteField().fill(h.note);
  await reader.waitSaved();
}

/** The highlight blocks of one article's Markdown, checked against what the user made. */
function expectHighlights(markdown: string, made: Highlight[]): void {
  const rendered = renderBlocks(markdown);
  expect(rendered.markup, 'inline syntax that leaked from quotes, notes or titles').toEqual([]);
  // Document order: the earlier passage first, whatever order they were made in.
  const inOrder = [...made].sort((a, b) => markdown.indexOf(a.phrase) - markdown.indexOf(b.phrase));
  expect(rendered.quotes).toEqual(inOrder.map((h) => h.phrase));
  for (const h of made) {
    expect(rendered.paragraphs.join('\n')).toContain(h.note);
    expect(rendered.paragraphs).toContain(`Yellow · ${h.article.grade}${h.credibility}`);
  }
  const citations = rendered.paragraphs.filter((p) => p.startsWith('— '));
  expect(citations).toHaveLength(made.length);
  for (const citation of citations) expect(citation).toContain(made[0]!.article.source);
}

test('export notes as one Markdown file and as a folder: content, order, grades, citations; renders to the same text', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const app = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const sources = new SourcesPage(page);
  await app.goto();
  await library.importSamples();
  for (const h of HIGHLIGHTS) await annotate(page, library, reader, h);
  await page.getByRole('button', { name: 'Close article' }).click();

  await app.show('Sources');
  for (const { source, grade } of [FIRST, SECOND]) {
    await sources.selectNamed(source);
    await sources.grade(grade, `${source}: graded in the export journey`);
  }
  await sources.selectNamed(FIRST.source);
  await app.saveScreenshot('sources.png');

  await app.show('Library');
  for (const { title } of [FIRST, SECOND]) await library.row(title).getByRole('checkbox').check();
  const exporter = new ExportDialogPage(page);
  await exporter.openForSelection();

  // One file: the export's front matter, then each article with its metadata block.
  const one = await exporter.export('one-file');
  expect(one.name).toMatch(/^Gleaner notes \d{4}-\d{2}-\d{2}\.md$/u);
  const text = one.bytes.toString('utf8');
  const front = /^---\n([\s\S]*?\n)---\n/u.exec(text);
  expect(parse(front?.[1] ?? '')).toMatchObject({ title: 'Gleaner notes', articles: 2, group_by: 'article' });
  const metadata = [...text.matchAll(/```yaml\n([\s\S]*?)```/gu)].map((m) => parse(m[1] ?? '') as Record<string, unknown>);
  expect(metadata.map((m) => m.title).sort()).toEqual([FIRST.title, SECOND.title].sort());
  for (const article of [FIRST, SECOND]) {
    expect(metadata.find((m) => m.title === article.title)).toMatchObject({ source: article.source, source_grade: article.grade });
    const start = text.indexOf(`# ${article.title}`);
    expect(start).toBeGreaterThan(0);
    const next = [FIRST, SECOND].map((a) => text.indexOf(`# ${a.title}`)).filter((i) => i > start).sort((a, b) => a - b)[0];
    expectHighlights(text.slice(start, next), HIGHLIGHTS.filter((h) => h.article === article));
  }

  // A folder: a zip of one file per article, each with YAML front matter that parses.
  const zip = await exporter.export('folder');
  expect(zip.name).toMatch(/^Gleaner notes \d{4}-\d{2}-\d{2}\.zip$/u);
  const files = Object.entries(unzipSync(new Uint8Array(zip.bytes))).filter(([name]) => name.endsWith('.md'));
  expect(files).toHaveLength(2);
  for (const [name, bytes] of files) {
    const content = strFromU8(bytes);
    const fileFront = /^---\n([\s\S]*?\n)---\n/u.exec(content);
    const data = parse(fileFront?.[1] ?? '') as Record<string, unknown>;
    const article = [FIRST, SECOND].find((a) => a.title === data.title);
    expect(article, `${name} front matter title`).toBeDefined();
    expect(data).toMatchObject({ source: article!.source, source_grade: article!.grade });
    expect(name).not.toMatch(/[?<>:"|*\\]/u);
    expectHighlights(content.slice(fileFront![0].length), HIGHLIGHTS.filter((h) => h.article === article));
  }
  await exporter.close();
});
