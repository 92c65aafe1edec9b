// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/ipc/Result';
import { ImportPanel } from './ImportPanel';
import { useImportSession } from './ImportSession';
import { mountWithImportSession } from './testing/mountWithImportSession';
import { scriptedImportHost } from './testing/scriptedImportHost';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;


describe('ImportPanel', () => {
  it('lists results a page at a time, so a huge import does not render every file', async () => {
    const host = scriptedImportHost();
    const seen: { session: ReturnType<typeof useImportSession> | null } = { session: null };
    function Probe() {
      seen.session = useImportSession();
      return <ImportPanel onOpenArticle={() => {}} />;
    }
    const { host: view, unmount } = await mountWithImportSession(host.platform, <Probe />);
    await act(() => seen.session!.run(async () => ok({ jobId: 'job-1', root: 'clips' })));
    await act(async () => {
      for (let i = 0; i < 450; i++) host.items.emit({ jobId: 'job-1', root: 'clips', path: `f${i}.bin`, status: 'skipped', reason: 'Not a clipping type (.bin).' });
      host.progress.emit({ jobId: 'job-1', done: 450, total: 450, currentPath: null, rate: 1, finished: true, cancelled: false });
    });
    await vi.waitFor(() => expect(seen.session!.finished).toBe(true));
    const items = () => view.querySelectorAll('ul[aria-label="Import results"] li').length;
    expect(view.textContent).toContain('450 skipped');
    expect(items()).toBe(200);
    const more = () => [...view.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show '));
    expect(more()?.textContent).toBe('Show 200 more (250 not shown)');
    await act(async () => more()!.click());
    expect(items()).toBe(400);
    await act(async () => more()!.click());
    expect(items()).toBe(450);
    expect(more()).toBeUndefined();
    await unmount();
  });
});
