import { useEffect, useState } from 'react';
import { GleanerDb } from './db/GleanerDb';
import { DbProvider } from './db/DbContext';

/** Opens the one database, then shows the app; `data-ready="app"` tells e2e the DB is open. */
export function App() {
  const [db, setDb] = useState<GleanerDb | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const opened = new GleanerDb();
    opened.open().then(() => setDb(opened), (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => opened.close();
  }, []);

  if (error) return <div role="alert">The library could not be opened: {error}. Your data was left untouched.</div>;
  if (!db) return <div data-ready="loading">Opening the library…</div>;
  return (
    <DbProvider db={db}>
      <div className="app" data-ready="app">
        <header className="app-header"><h1>Gleaner</h1></header>
      </div>
    </DbProvider>
  );
}
