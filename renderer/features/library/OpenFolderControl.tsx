import { useEffect, useState, type MouseEvent } from 'react';
import { useDb } from '../../db/DbContext';
import { getSetting } from '../../db/repositories/settingsRepository';
import type { Platform } from '../../platform/Platform';
import { pickedFolderFromFileList } from '../../platform/web/PickedFile';
import { directoryPicker } from '../../platform/web/pickDirectory';
import { useImportSession } from './ImportSession';

/**
 * The "Open folder" control. Electron: a button that opens the native dialog in main. Web: a
 * labelled `<input type="file" webkitdirectory>` (so tests and assistive tech reach it by its
 * name); where the File System Access API exists, a click uses it instead, which allows re-import.
 */
export function OpenFolderControl({ platform }: { platform: Platform }) {
  const db = useDb();
  const session = useImportSession();
  const [extra, setExtra] = useState<string[]>([]);
  useEffect(() => {
    void getSetting(db, 'extraExtensions').then(setExtra);
  }, [db]);
  const options = { extraExtensions: extra };
  const busy = session.jobId !== null && !session.finished;

  if (platform.kind === 'electron' || !platform.importPickedFolder) {
    return (
      <button type="button" className="primary" disabled={busy} onClick={() => void session.run(() => platform.importFolder(options))}>
        Open folder
      </button>
    );
  }
  const importPicked = platform.importPickedFolder.bind(platform);
  const onClick = (e: MouseEvent<HTMLInputElement>) => {
    if (!directoryPicker()) return;
    e.preventDefault();
    void session.run(() => platform.importFolder(options));
  };
  return (
    <label className={`button primary${busy ? ' disabled' : ''}`}>
      Open folder
      <input
        type="file"
        className="visually-hidden"
        // webkitdirectory is not in React's typings; the attribute is what the browser reads.
        {...{ webkitdirectory: '', directory: '' }}
        multiple
        disabled={busy}
        onClick={onClick}
        onChange={(e) => {
          const files = e.currentTarget.files;
          if (!files || files.length === 0) return;
          const folder = pickedFolderFromFileList(files);
          e.currentTarget.value = '';
          void session.run(() => importPicked(folder, options));
        }}
      />
    </label>
  );
}
