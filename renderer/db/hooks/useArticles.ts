import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Article } from '../../../shared/model/Library';
import { useDb } from '../DbContext';
import { listArticles } from '../repositories/articlesRepository';

/**
 * A reread waits this many times the previous read's duration after it: at most about a tenth
 * of the page's time goes to keeping the list live. A small library rereads at once; at 10,000
 * rows an import's batches (two a second) refresh the list about once a second instead of on
 * every batch, each refresh also costing the table a re-sort.
 */
const REREAD_SPACING = 10;
const MAX_WAIT_MS = 2000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every library row, kept live; undefined while the first read runs. A live query: any write to
 * any row reruns it (writes made while it waits or reads rerun it once more), paced as above.
 */
export function useArticles(): Article[] | undefined {
  const db = useDb();
  const pace = useRef({ lastEnd: 0, lastCost: 0 });
  return useLiveQuery(async () => {
    const p = pace.current;
    const wait = Math.min(MAX_WAIT_MS, p.lastCost * REREAD_SPACING) - (performance.now() - p.lastEnd);
    // Wrapped as Dexie's live queries require of a non-Dexie promise, so the read after it is observed.
    if (wait > 0) await Promise.resolve(sleep(wait));
    const started = performance.now();
    const rows = await listArticles(db);
    p.lastEnd = performance.now();
    p.lastCost = p.lastEnd - started;
    return rows;
  }, [db]);
}
