import type { ImportItem, ImportProgress } from '../../../../shared/ipc/contract';
import { ok } from '../../../../shared/ipc/Result';
import type { Platform } from '../../../platform/Platform';
import { Emitter } from '../../../platform/web/Emitter';

/** A host whose import events a test emits by hand; the verbs an import session does not use fail loudly. */
export function scriptedImportHost() {
  const items = new Emitter<ImportItem>();
  const progress = new Emitter<ImportProgress>();
  const unused = () => Promise.reject(new Error('not used in this test'));
  /** What the session acknowledged as stored, per job (the web edition's flow control). */
  const stored = new Map<string, number>();
  const platform: Platform = {
    kind: 'web',
    importFolder: unused, importSamples: unused, reimportFolder: unused, saveTextFile: unused, saveFolder: unused, openExternal: unused, appInfo: unused, writeAutoBackup: unused,
    cancelImport: async () => ok(undefined),
    onImportItem: (l) => items.on(l),
    onImportProgress: (l) => progress.on(l),
    onFolderChange: () => () => {},
    importItemsStored: async (jobId, count) => {
      stored.set(jobId, (stored.get(jobId) ?? 0) + count);
      return ok(undefined);
    },
  };
  return { platform, items, progress, stored };
}
