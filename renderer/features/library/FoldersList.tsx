import { useFolders } from '../../db/hooks/useFolders';
import type { Platform } from '../../platform/Platform';
import { useImportSession } from './ImportSession';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Folders opened before, each with Re-import: new files are added, changed ones become new
 * versions, unchanged ones are left alone. (The web edition can re-read only folders picked
 * through the directory picker in this session; it says so when it cannot.)
 */
export function FoldersList({ platform }: { platform: Platform }) {
  const folders = useFolders();
  const session = useImportSession();
  const busy = session.jobId !== null && !session.finished;
  if (folders.length === 0) return null;
  return (
    <details className="folders-list">
      <summary>Folders ({folders.length})</summary>
      <ul aria-label="Opened folders">
        {folders.map((f) => (
          <li key={f.root}>
            <span>{f.root}</span> <span className="muted">last imported {when.format(f.lastImportAt)}</span>{' '}
            <button type="button" disabled={busy} onClick={() => void session.run(() => platform.reimportFolder(f.root))}>
              Re-import
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
