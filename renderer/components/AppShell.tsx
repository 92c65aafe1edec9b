import { useCallback, useState } from 'react';
import { ReaderView } from '../features/reader/ReaderView';
import { SourcesView } from '../features/sources/SourcesView';
import { AutoBackup } from '../features/export/AutoBackup';
import { BackupReminder } from '../features/export/BackupReminder';
import { ExportDialog } from '../features/export/ExportDialog';
import '../features/export/export.css';
import { LibraryView } from '../features/library/LibraryView';
import { SearchIndexerBesideImports } from '../features/library/SearchIndexerBesideImports';
import { ImportPanel } from '../features/library/ImportPanel';
import { OpenFolderControl } from '../features/library/OpenFolderControl';
import { useFolderWatch } from '../features/library/useFolderWatch';
import type { Platform } from '../platform/Platform';
import { ErrorBoundary } from './ErrorBoundary';

type View = 'library' | 'sources' | 'reader';
const VIEW_LABELS: Record<View, string> = { library: 'Library', sources: 'Sources', reader: 'Reader' };

/** Header with the views and Open folder, the backup bar, the import panel, and the current view. View state is UI-only. */
export function AppShell({ platform }: { platform: Platform }) {
  const [view, setView] = useState<View>('library');

  const [articleId, setArticleId] = useState<string | null>(null);
  const [exportIds, setExportIds] = useState<string[] | null>(null);
  // Opened folders stay in step while the app runs (new and changed clippings re-import).
  useFolderWatch(platform);
  const open = useCallback((id: string) => {
    setArticleId(id);
    setView('reader');
  }, []);

  return (
    <div className="app-shell">
      <header className="app-header">
        <h1 className="app-title">Gleaner</h1>
        <nav aria-label="Views">
          {(Object.keys(VIEW_LABELS) as View[]).map((v) => (
            <button key={v} type="button" className="tab" aria-current={view === v ? 'page' : undefined} disabled={v === 'reader' && !articleId} onClick={() => setView(v)}>
              {VIEW_LABELS[v]}
            </button>
          ))}
        </nav>
        <div className="app-header__actions">
          <OpenFolderControl platform={platform} />
        </div>
      </header>
      {/* Backups on every view: the web edition's reminder must be seen, not hidden in one tab. */}
      <BackupReminder />
      <AutoBackup platform={platform} />
      <SearchIndexerBesideImports />
      <ImportPanel onOpenArticle={open} />
      <main className="app-main">
        {/* One boundary per view and article: an error in one shows a message there, the header
            and the other views keep working, and opening another article starts afresh. */}
        <ErrorBoundary
          key={`${view}:${articleId ?? ''}`}
          what={`The ${VIEW_LABELS[view].toLowerCase()} view`}
          action={view === 'library' ? undefined : { label: 'Back to the library', run: () => setView('library') }}
        >
          {view === 'library' && <LibraryView onOpenArticle={open} onExport={setExportIds} />}
          {view === 'sources' && <SourcesView onOpenArticle={open} />}
          {view === 'reader' && articleId && <ReaderView articleId={articleId} onClose={() => setView('library')} />}
        </ErrorBoundary>
      </main>
      {exportIds && <ExportDialog articleIds={exportIds} onClose={() => setExportIds(null)} />}
    </div>
  );
}
