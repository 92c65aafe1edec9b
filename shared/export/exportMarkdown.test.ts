import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from './exportMarkdown';
import { parseFrontMatter } from './frontMatter';
import { fixtureArticle, fixtureHighlight, fixtureItem, fixtureOptions, fixtureSource } from './testing/exportFixtures';
import { topLevelBlocks } from './testing/markdownText';
import { nastyText, shown } from './testing/nastyText';

const quotes = (markdown: string) => topLevelBlocks(markdown).filter((b) => b.kind === 'blockquote').map((b) => b.text);

describe('exportMarkdown, one file per article', () => {
  const item = fixtureItem({
    article: fixtureArticle({ title: 'Title\n---\nevil: true', author: '记者 张三', tags: ['state media'] }),
    documentNote: 'My **note** on this.',
    highlights: [
      fixtureHighlight('second # h', 50, { credibility: 2, note: 'check > this', color: 'green' }),
      fixtureHighlight('first [[x]] | `y`', 10),
      fixtureHighlight('gone', 5, { anchor: 'orphan' }),
      fixtureHighlight('deleted', 1, { deletedAt: 9 }),
    ],
  });

  it('writes front matter that parses, then note, highlights in document order, orphans last', () => {
    const [file] = exportMarkdown([item], fixtureOptions());
    expect(file?.name).toBe('Title --- evil true.md');
    const parsed = parseFrontMatter(file?.content ?? '');
    expect(parsed?.data).toEqual({
      title: 'Title\n---\nevil: true', source: '新华网', source_grade: 'B', author: '记者 张三', url: 'https://www.news.cn/a.html',
      published: '2021-05-21', published_kind: 'published', tags: ['state media'], exported_at: '2024-06-01T00:00:00.000Z', gleaner_id: 'a1',
    });
    const blocks = topLevelBlocks(parsed?.body ?? '');
    expect(quotes(parsed?.body ?? '')).toEqual(['first [[x]] | `y`', 'second # h', 'gone']);
    const texts = blocks.map((b) => b.text);
    expect(texts.slice(0, 3)).toEqual(['Title --- evil: true', 'Note', 'My note on this.']);
    expect(texts).toContain('Green · B2');
    expect(texts).toContain('Yellow · B–');
    expect(texts).toContain('check > this');
    expect(texts).toContain('— 新华网, 2021-05-21, https://www.news.cn/a.html');
    expect(texts.indexOf('Orphaned highlights')).toBeGreaterThan(texts.indexOf('second # h'));
    expect(texts.join('\n')).not.toContain('deleted');
  });

  it('uses the article override over the source grade and says ungraded when neither is set', () => {
    const overridden = exportMarkdown([fixtureItem({ article: fixtureArticle({ gradeOverride: 'E' }), highlights: [fixtureHighlight('q', 1, { credibility: 5 })] })], fixtureOptions());
    expect(overridden[0]?.content).toContain('Yellow · E5');
    const ungraded = exportMarkdown([fixtureItem({ source: fixtureSource({ grade: null }), highlights: [fixtureHighlight('q', 1)] })], fixtureOptions());
    expect(ungraded[0]?.content).toContain('Yellow · ungraded');
    expect(parseFrontMatter(ungraded[0]?.content ?? '')?.data).toMatchObject({ source_grade: 'ungraded' });
  });

  it('filters colours, includes the clean text on request, and follows a custom template', () => {
    const [file] = exportMarkdown([fixtureItem({ highlights: [fixtureHighlight('keep', 1, { color: 'blue' }), fixtureHighlight('drop', 9)], cleanText: '# not a heading\n\nsecond para' })],
      fixtureOptions({ colors: ['blue'], includeCleanText: true, template: '{{text}} ({{color}}, {{code}}) {{unknown}}' }));
    const texts = topLevelBlocks(file?.content.split('---\n').slice(2).join('---\n') ?? '').map((b) => b.text);
    expect(texts).toContain('keep (Blue, B–) {{unknown}}');
    expect(texts.join()).not.toContain('drop');
    expect(texts.slice(-3)).toEqual(['Full text', '# not a heading', 'second para']);
  });

  it('keeps any nasty highlight, note and title as exactly their text', () => {
    fc.assert(fc.property(nastyText, fc.array(fc.tuple(nastyText, nastyText), { minLength: 1, maxLength: 4 }), (title, pairs) => {
      const highlights = pairs.map(([exact, note], i) => fixtureHighlight(exact, i * 10, { note }));
      const [file] = exportMarkdown([fixtureItem({ article: fixtureArticle({ title }), highlights })], fixtureOptions());
      const parsed = parseFrontMatter(file?.content ?? '');
      expect(parsed?.data).toMatchObject({ title });
      expect(quotes(parsed?.body ?? '')).toEqual(pairs.map(([exact]) => shown(exact)));
      const texts = topLevelBlocks(parsed?.body ?? '').map((b) => b.text);
      for (const [, note] of pairs) if (note !== '') expect(texts).toContain(shown(note));
    }), { numRuns: 200 });
  });
});

describe('exportMarkdown, grouping and one file', () => {
  const items = [
    fixtureItem({ article: fixtureArticle({ id: 'a1', title: 'Note', tags: ['x', 'y'] }) }),
    fixtureItem({ article: fixtureArticle({ id: 'a2', title: 'note', tags: [], sourceName: null }), source: null }),
    fixtureItem({ article: fixtureArticle({ id: 'a3', title: 'Cafe\u0301', tags: ['y'] }) }),
    fixtureItem({ article: fixtureArticle({ id: 'a4', title: 'Café', tags: ['y'] }) }),
  ];

  it('names files uniquely across case and normalization twins', () => {
    expect(exportMarkdown(items, fixtureOptions()).map((f) => f.name)).toEqual(['Note.md', 'note (2).md', 'Café.md', 'Café (2).md']);
  });

  it('puts each tag in its own folder, an article under each of its tags', () => {
    expect(exportMarkdown(items, fixtureOptions({ groupBy: 'tag' })).map((f) => f.name)).toEqual(['x/Note.md', 'y/Note.md', 'y/Café.md', 'y/Café (2).md', 'Untagged/note.md']);
  });

  it('writes one file with group headings and each article metadata as a YAML block', () => {
    const [file] = exportMarkdown(items, fixtureOptions({ mode: 'one-file', groupBy: 'source' }));
    expect(file?.name).toBe('Gleaner notes 2024-06-01.md');
    const blocks = topLevelBlocks(parseFrontMatter(file?.content ?? '')?.body ?? '');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['新华网', 'Note', 'Cafe\u0301', 'Café', 'No source', 'note']);
    expect(blocks.filter((b) => b.kind === 'fence')).toHaveLength(4);
  });
});
