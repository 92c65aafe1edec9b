// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../db/DbContext';
import { importedItem, openTestDb, textArticle } from '../../db/testing/openTestDb';
import { ingestImportItems } from '../../db/repositories/importRepository';
import { SearchIndexer } from './SearchIndexer';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const items = (from: number, n: number) => Array.from({ length: n }, (_, i) => importedItem(`f${from + i}.txt`, `sha-${from + i}`, textArticle(`标题${from + i}`, `第${from + i}篇的正文内容`)));

describe('SearchIndexer', () => {
  it('builds the postings of imported articles in the background, says how many are left, then goes quiet', async () => {
    const db = await openTestDb();
    await ingestImportItems(db, items(0, 120));
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(<DbProvider db={db}><SearchIndexer importing={false} /></DbProvider>));
    await vi.waitFor(() => expect(host.querySelector('[role="status"]')?.textContent).toMatch(/Indexing \d+ articles for search/u));
    await vi.waitFor(async () => expect(await db.search.count()).toBe(120), { timeout: 10_000 });
    await vi.waitFor(() => expect(host.textContent).toBe(''));

    // Articles imported later, while it is idle, are picked up too.
    await ingestImportItems(db, items(120, 3));
    await vi.waitFor(async () => expect(await db.search.count()).toBe(123), { timeout: 10_000 });
    expect((await db.search.toArray()).every((row) => row.grams.length > 0)).toBe(true);
    await act(async () => root.unmount());
  });

  it('waits while an import runs and starts when it ends', async () => {
    const db = await openTestDb();
    await ingestImportItems(db, items(0, 5));
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(<DbProvider db={db}><SearchIndexer importing /></DbProvider>));
    await vi.waitFor(() => expect(host.textContent).toMatch(/waits for the import: 5 articles to index/u));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await db.search.count()).toBe(0);
    await act(async () => root.render(<DbProvider db={db}><SearchIndexer importing={false} /></DbProvider>));
    await vi.waitFor(async () => expect(await db.search.count()).toBe(5), { timeout: 10_000 });
    await act(async () => root.unmount());
  });
});
