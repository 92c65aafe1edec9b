// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RowHits } from './filterLibraryRows';
import { LibraryTable } from './LibraryTable';
import type { LibraryRow } from './LibraryRow';
import { testArticle } from './testing/testArticle';
import { toLibraryRows } from './toLibraryRows';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// 2,000 rows: titles in reverse import order, so sorting by title visibly reorders them.
const rows = toLibraryRows(
  Array.from({ length: 2000 }, (_, i) => testArticle(`id${i}`, { title: `Clipping ${String(2000 - i).padStart(4, '0')}`, importedAt: 1_700_000_000_000 + i * 60_000, words: i % 7 })),
  new Map(),
);

// jsdom does no layout, so every box is 0×0 and the virtualizer would show no rows: give the
// scroll container a 600 px viewport (about 14 rows of 44 px, plus overscan).
const layout = ['clientHeight', 'clientWidth'].map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
beforeAll(() => {
  for (const [name] of layout) Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => 600 });
});
afterAll(() => {
  for (const [name, descriptor] of layout) if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function mount(props: { rows: readonly LibraryRow[]; hits?: RowHits }) {
  const host = document.body.appendChild(document.createElement('div'));
  const log = { opened: [] as string[], toggled: [] as string[] };
  root = createRoot(host);
  const render = (next: { rows: readonly LibraryRow[]; hits?: RowHits }) =>
    act(() =>
      root!.render(
        <LibraryTable rows={next.rows} hits={next.hits ?? null} selected={new Set(['id1999'])} onToggle={(id) => log.toggled.push(id)} onSelectAll={() => {}} onOpen={(id) => log.opened.push(id)} />,
      ),
    );
  render(props);
  const grid = host.querySelector<HTMLTableElement>('table[role="grid"]')!;
  const header = (name: string) => [...grid.querySelectorAll('th')].find((th) => th.textContent?.startsWith(name))!;
  const bodyRows = () => [...grid.querySelectorAll<HTMLTableRowElement>('tbody tr[data-article-id]')];
  const titles = () => bodyRows().map((tr) => tr.querySelector('.title-cell__open')!.textContent);
  return { grid, header, bodyRows, titles, render, log };
}

describe('LibraryTable', () => {
  it('is a named grid with named column headers, newest import first, rows on screen only', () => {
    const t = mount({ rows });
    expect(t.grid.getAttribute('aria-label')).toBe('Library');
    expect([...t.grid.querySelectorAll('th button')].map((b) => b.textContent?.trim())).toEqual(['Title', 'Source', 'Published', 'Reliability', 'Tags', 'Highlights', 'Notes', 'Words', 'Imported ▼']);
    expect(t.header('Imported').getAttribute('aria-sort')).toBe('descending');
    expect(t.grid.getAttribute('data-row-count')).toBe('2000');
    expect(t.bodyRows().length).toBeGreaterThan(0);
    expect(t.bodyRows().length).toBeLessThan(100);
    expect(t.bodyRows()[0]!.dataset.articleId).toBe('id1999');
    expect(t.bodyRows()[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('sorts by a header click: text A→Z first, then Z→A; numbers largest first', () => {
    const t = mount({ rows });
    act(() => t.header('Title').querySelector('button')!.click());
    expect(t.header('Title').getAttribute('aria-sort')).toBe('ascending');
    expect(t.header('Imported').getAttribute('aria-sort')).toBe('none');
    expect(t.titles().slice(0, 2)).toEqual(['Clipping 0001', 'Clipping 0002']);
    act(() => t.header('Title').querySelector('button')!.click());
    expect(t.titles()[0]).toBe('Clipping 2000');
    act(() => t.header('Words').querySelector('button')!.click());
    expect(t.header('Words').getAttribute('aria-sort')).toBe('descending');
    expect(t.bodyRows()[0]!.querySelector('.col-words')!.textContent).toBe('6');
  });

  it('keeps its sort when the rows change, and shows snippets of search hits', () => {
    const t = mount({ rows });
    act(() => t.header('Title').querySelector('button')!.click());
    const some = rows.filter((_, i) => i % 3 === 0);
    t.render({ rows: some, hits: new Map(some.map((r) => [r.article.id, { snippet: { before: 'a ', match: 'hit', after: ' b' } }])) });
    expect(t.grid.getAttribute('data-row-count')).toBe(String(some.length));
    expect(t.titles()[0]).toBe('Clipping 0002');
    expect(t.grid.querySelector('[data-testid="snippet"]')?.textContent).toBe('a hit b');
  });

  it('moves with the arrow keys, opens with Enter and selects with Space', () => {
    const t = mount({ rows });
    const key = (k: string) => act(() => t.grid.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    key('ArrowDown');
    expect(t.grid.getAttribute('aria-activedescendant')).toBe('row-id1998');
    key('Enter');
    key(' ');
    expect(t.log).toEqual({ opened: ['id1998'], toggled: ['id1998'] });
  });
});
