import { useEffect, useState } from 'react';
import { useDb } from '../../db/DbContext';
import { getSetting } from '../../db/repositories/settingsRepository';
import type { Platform } from '../../platform/Platform';
import { runAutoBackup } from './runAutoBackup';

const MINUTE = 60 * 1000;

/**
 * Electron's automatic rotating backups: one shortly after the app starts, then one every
 * `autoBackupMinutes` while it runs. Renders nothing unless a backup failed, then says so
 * (silently losing the safety net would be worse than a visible line). The web edition cannot
 * write files on its own; its BackupReminder asks the user instead.
 */
export function AutoBackup({ platform }: { platform: Platform }) {
  const db = useDb();
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (platform.kind !== 'electron') return;
    let running = false;
    let stopped = false;
    const run = async () => {
      // A slow backup of a big library must not overlap the next tick.
      if (running || stopped) return;
      running = true;
      try {
        const result = await runAutoBackup(db, platform);
        if (!stopped) setFailure(result.ok ? null : result.error.message);
      } finally {
        running = false;
      }
    };
    let timer: ReturnType<typeof setInterval> | undefined;
    void getSetting(db, 'autoBackupMinutes').then((minutes) => {
      if (stopped) return;
      void run();
      timer = setInterval(() => void run(), Math.max(1, minutes) * MINUTE);
    });
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [db, platform]);

  if (!failure) return null;
  return (
    <p className="backup-reminder" role="alert">
      The automatic backup failed: {failure}
    </p>
  );
}
