import type Dexie from 'dexie';
import { v1Initial } from './v1-initial';
import { v2SearchText } from './v2-search-text-and-source-indexes';
import { v3SearchTextRevisions } from './v3-search-text-revisions';

/** Every schema version in order, one file each. Append; never edit or remove an entry. */
export const MIGRATIONS: ReadonlyArray<(db: Dexie) => void> = [v1Initial, v2SearchText, v3SearchTextRevisions];

/**
 * Declares the schema versions up to `upTo` (all by default). Dexie runs the upgrades a stored
 * database still needs. Tests pass `upTo = N - 1` to seed rows the way an older app stored them.
 */
export function applyMigrations(db: Dexie, upTo = MIGRATIONS.length): void {
  for (const declare of MIGRATIONS.slice(0, upTo)) declare(db);
}
