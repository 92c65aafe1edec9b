import { memo } from 'react';
import { useDb } from '../../db/DbContext';
import { useSearchWorkerFailure } from '../../search/useSearchWorkerFailure';
import { useImportSession } from './ImportSession';
import { SearchIndexer } from './SearchIndexer';

const MemoIndexer = memo(SearchIndexer);

/**
 * The stored postings' indexer, paused while an import runs, and only where the search worker
 * cannot serve: the worker's in-memory index answers every query, and building the postings
 * beside it held IndexedDB transactions that the worker's reads then waited behind (a 2,000
 * clipping import in Chromium: searches took up to 49 s while the postings were built). Its
 * own component so that the import session's progress updates (one per file) re-render this
 * and not the app shell around it.
 */
export function SearchIndexerBesideImports() {
  const session = useImportSession();
  const workerFailure = useSearchWorkerFailure(useDb().name);
  if (workerFailure === null) return null;
  const importing = session.jobId !== null && !session.finished && session.error === null;
  return <MemoIndexer importing={importing} />;
}
