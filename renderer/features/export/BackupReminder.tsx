import { useRef, useState } from 'react';
import { useDb } from '../../db/DbContext';
import { useBackupState } from '../../db/hooks/useLastBackupAt';
import { createBackup, restoreBackup } from '../../db/repositories/backupRepository';
import { getPlatform } from '../../platform/getPlatform';

/** How old a backup may get before the web edition asks for a new one. */
export const BACKUP_REMINDER_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Back up and restore the library, as a small bar. In the web edition the browser may lose the
 * library (cleared site data, another profile), so the bar turns into a reminder when the last
 * backup is older than BACKUP_REMINDER_DAYS.
 */
export function BackupReminder() {
  const db = useDb();
  const state = useBackupState();
  const input = useRef<HTMLInputElement>(null);
  const [originals, setOriginals] = useState(true);
  const [status, setStatus] = useState<string | null>(null);
  if (!state) return null;
  const stale = !state.empty && (state.lastBackupAt === null || Date.now() - state.lastBackupAt > BACKUP_REMINDER_DAYS * DAY);
  const remind = stale && getPlatform().kind === 'web';

  const backUp = async () => {
    const blob = await createBackup(db, { includeOriginals: originals });
    const saved = await getPlatform().saveTextFile(`gleaner-backup-${new Date().toISOString().slice(0, 10)}.json`, await blob.text());
    setStatus(saved.ok ? (saved.value ? 'Backed up.' : null) : saved.error.message);
  };
  const restore = async (file: File | undefined) => {
    if (!file) return;
    const result = await restoreBackup(db, file);
    const added = Object.entries(result.added).filter(([, n]) => n > 0).map(([table, n]) => `${n} ${table}`).join(', ');
    setStatus(result.mode === 'restored' ? 'Library restored from the backup.' : `Backup merged: ${added || 'nothing new'}.`);
  };
  const fail = (e: unknown) => setStatus(e instanceof Error ? e.message : String(e));

  return (
    <div className={remind ? 'backup-reminder' : 'backup-bar'} role={remind ? 'alert' : undefined} data-testid="backup-bar">
      {remind && <strong>{state.lastBackupAt === null ? 'This library has never been backed up. ' : 'Your last backup is more than a week old. '}</strong>}
      {!remind && state.lastBackupAt !== null && <span className="muted">Last backup {new Date(state.lastBackupAt).toLocaleDateString()}. </span>}
      <button type="button" onClick={() => void backUp().catch(fail)}>Back up library</button>{' '}
      <label className="field--check">
        <input type="checkbox" checked={originals} onChange={(e) => setOriginals(e.target.checked)} /> include originals
      </label>{' '}
      <button type="button" onClick={() => input.current?.click()}>Restore…</button>
      <input ref={input} type="file" accept=".json,application/json" hidden aria-label="Backup file" onChange={(e) => { void restore(e.target.files?.[0]).catch(fail); e.target.value = ''; }} />
      {status && <span role="status"> {status}</span>}
    </div>
  );
}
