import { createContext, useContext, type ReactNode } from 'react';
import type { GleanerDb } from './GleanerDb';

const DbContext = createContext<GleanerDb | null>(null);

/** Gives the tree one open GleanerDb. The app creates one; tests pass their own (fake-indexeddb). */
export function DbProvider({ db, children }: { db: GleanerDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The database of the nearest DbProvider; throws when used outside one (a wiring bug). */
export function useDb(): GleanerDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() called outside <DbProvider>');
  return db;
}
