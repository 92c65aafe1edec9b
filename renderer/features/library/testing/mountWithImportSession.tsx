import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { DbProvider } from '../../../db/DbContext';
import { openTestDb } from '../../../db/testing/openTestDb';
import type { Platform } from '../../../platform/Platform';
import { ImportSessionProvider } from '../ImportSession';

/** Renders `children` inside a fresh test database and an import session on `platform` (jsdom tests). */
export async function mountWithImportSession(platform: Platform, children: ReactNode) {
  const db = await openTestDb();
  const host = document.createElement('div');
  const root = createRoot(host);
  await act(async () => {
    root.render(
      <DbProvider db={db}>
        <ImportSessionProvider platform={platform}>{children}</ImportSessionProvider>
      </DbProvider>,
    );
  });
  return { db, host, unmount: () => act(() => root.unmount()) };
}
