import { memo } from 'react';
import { useImportSession } from './ImportSession';
import { SearchIndexer } from './SearchIndexer';

const MemoIndexer = memo(SearchIndexer);

/**
 * The search indexer, paused while an import runs. Its own component so that the import
 * session's progress updates (one per file) re-render this and not the app shell around it.
 */
export function SearchIndexerBesideImports() {
  const session = useImportSession();
  const importing = session.jobId !== null && !session.finished && session.error === null;
  return <MemoIndexer importing={importing} />;
}
