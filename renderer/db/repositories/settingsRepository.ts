import type { GleanerDb } from '../GleanerDb';

/** The persisted settings and their defaults. UI-only state (selection, sort) never goes here. */
export interface Settings {
  /** Extensions (without dot) imported besides the defaults. */
  extraExtensions: string[];
  /** The user dismissed the offer to import the sample clippings. */
  samplesDismissed: boolean;
  /** Electron: how many automatic backups to keep in the user-data folder. */
  autoBackupKeep: number;
  /** Electron: minutes between automatic backups while the app runs. */
  autoBackupMinutes: number;
}

export const DEFAULT_SETTINGS: Settings = { extraExtensions: [], samplesDismissed: false, autoBackupKeep: 10, autoBackupMinutes: 30 };

/** Reads one setting; a missing or mistyped stored value falls back to its default. */
export async function getSetting<K extends keyof Settings>(db: GleanerDb, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  const fallback = DEFAULT_SETTINGS[key];
  if (!row || typeof row.value !== typeof fallback || Array.isArray(row.value) !== Array.isArray(fallback)) return fallback;
  return row.value as Settings[K];
}

/** Stores one setting. */
export async function setSetting<K extends keyof Settings>(db: GleanerDb, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}
