// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../DbContext';
import { importedItem, openTestDb, textArticle } from '../testing/openTestDb';
import { ingestImportItems } from '../repositories/importRepository';
import { addTagToArticles, removeArticles } from '../repositories/articlesRepository';
import { useArticles } from './useArticles';
import type { Article } from '../../../shared/model/Library';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const items = (from: number, n: number) => Array.from({ length: n }, (_, i) => importedItem(`f${from + i}.txt`, `sha-${from + i}`, textArticle(`标题${from + i}`, `第${from + i}篇`)));

describe('useArticles', () => {
  it('lists every row and follows inserts, updates and removals, including a burst of writes while it reads', async () => {
    const db = await openTestDb();
    await ingestImportItems(db, items(0, 3));
    let latest: Article[] | undefined;
    function Probe() {
      latest = useArticles();
      return null;
    }
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<DbProvider db={db}><Probe /></DbProvider>));
    await vi.waitFor(() => expect(latest).toHaveLength(3));

    // Twenty batches in quick succession: the list may skip states but ends with all of them.
    for (let b = 0; b < 20; b++) await ingestImportItems(db, items(3 + b * 5, 5));
    await vi.waitFor(() => expect(latest).toHaveLength(103), { timeout: 5000 });

    const id = latest!.find((a) => a.title === '标题7')!.id;
    await addTagToArticles(db, [id], 'arctic');
    await vi.waitFor(() => expect(latest!.find((a) => a.id === id)!.tags).toContain('arctic'));

    await removeArticles(db, [id]);
    await vi.waitFor(() => expect(latest!.some((a) => a.id === id)).toBe(false));
    expect(latest).toHaveLength(102);
    await act(async () => root.unmount());
  });
});
