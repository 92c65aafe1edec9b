import { useEffect, useRef, useState } from 'react';
import { useDb } from '../../db/DbContext';
import { indexPendingSearch } from '../../db/repositories/searchRepository';
import { usePendingSearchCount } from '../../db/hooks/usePendingSearchCount';

/** Lets the UI run between chunks of indexing work (a macrotask, so input and paint get a turn). */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Builds search postings in the background for articles that wait for them (import stores only
 * their text, see indexPendingSearch) and says how many are left. Search finds those articles
 * meanwhile by reading their text, which is slower but exact. While an import runs it waits:
 * both compete for the same IndexedDB backend, and the import going first fills the table at
 * cleaning speed.
 */
export function SearchIndexer({ importing }: { importing: boolean }) {
  const db = useDb();
  const pending = usePendingSearchCount();
  const paused = useRef(importing);
  const running = useRef(false);
  const mounted = useRef(true);
  // Bumped when a run ends, so work that arrived during its last step starts a new run.
  const [runs, setRuns] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    paused.current = importing;
  }, [importing]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (pending === 0 || running.current || error || importing) return;
    running.current = true;
    void (async () => {
      try {
        while (mounted.current && !paused.current && (await indexPendingSearch(db, undefined, yieldToUi)) > 0) await yieldToUi();
      } catch (e) {
        if (mounted.current) setError(e instanceof Error ? e.message : String(e));
      } finally {
        running.current = false;
        if (mounted.current) setRuns((n) => n + 1);
      }
    })();
  }, [db, pending, runs, error, importing]);

  if (error) {
    return (
      <p role="status" className="search-indexing search-indexing--failed">
        Search indexing stopped: {error}. Search still finds every article, by reading its text.
      </p>
    );
  }
  if (pending === 0) return null;
  return (
    <p role="status" className="search-indexing" data-search-indexing={pending}>
      {importing ? 'Search indexing waits for the import: ' : 'Indexing '}
      {pending.toLocaleString()} {pending === 1 ? 'article' : 'articles'} {importing ? 'to index' : 'for search…'}
    </p>
  );
}
