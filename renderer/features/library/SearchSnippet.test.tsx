// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../db/DbContext';
import { importedItem, openTestDb, textArticle } from '../../db/testing/openTestDb';
import { ingestImportItem } from '../../db/repositories/importRepository';
import { SearchSnippet } from './SearchSnippet';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function render(node: (articleId: string) => React.ReactNode) {
  const db = await openTestDb();
  const outcome = await ingestImportItem(db, importedItem('a.txt', 'sha-a', textArticle('外长会谈', '美俄外长首次面对面会谈，双方关系出现转机。')));
  const articleId = (outcome as { articleId: string }).articleId;
  const host = document.createElement('div');
  const root = createRoot(host);
  await act(async () => root.render(<DbProvider db={db}>{node(articleId)}</DbProvider>));
  return { host, unmount: () => act(() => root.unmount()) };
}

describe('SearchSnippet', () => {
  it('cuts the snippet from the stored text when the search left it out', async () => {
    const { host, unmount } = await render((id) => <SearchSnippet articleId={id} query="面对面" snippet={null} />);
    await vi.waitFor(() => expect(host.querySelector('mark')?.textContent).toBe('面对面'));
    expect(host.textContent).toContain('首次面对面会谈');
    await unmount();
  });

  it('shows the snippet it was given, and nothing without a search', async () => {
    const given = await render((id) => <SearchSnippet articleId={id} query="x" snippet={{ before: 'a ', match: 'given', after: ' b' }} />);
    expect(given.host.querySelector('mark')?.textContent).toBe('given');
    await given.unmount();
    const none = await render((id) => <SearchSnippet articleId={id} query={null} snippet={null} />);
    expect(none.host.textContent).toBe('');
    await none.unmount();
  });
});
