import { useEffect, useState } from 'react';
import { GleanerDb } from './db/GleanerDb';
import { DbProvider } from './db/DbContext';
import { AppShell } from './components/AppShell';
import { ImportSessionProvider } from './features/library/ImportSession';
import { getPlatform } from './platform/getPlatform';

/**
 * Opens the one database, then shows the app; `data-ready="app"` tells e2e the DB is open.
 * An open that fails (a broken upgrade, a blocked database) is reported and nothing is deleted:
 * the old data stays readable by the previous version.
 */
export function App() {
  const [db, setDb] = useState<GleanerDb | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const opened = new GleanerDb();
    // StrictMode mounts twice in development: the first, closed instance must not report.
    let current = true;
    opened.open().then(
      () => current && setDb(opened),
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
      opened.close();
    };
  }, []);

  if (error) {
    return (
      <div role="alert" className="fatal">
        The library could not be opened: {error}. Nothing was changed or deleted; your data is still stored.
      </div>
    );
  }
  if (!db) return <div data-ready="loading">Opening the library…</div>;
  const platform = getPlatform();
  return (
    <DbProvider db={db}>
      <ImportSessionProvider platform={platform}>
        <div className="app" data-ready="app">
          <AppShell platform={platform} />
        </div>
      </ImportSessionProvider>
    </DbProvider>
  );
}
