import type Dexie from 'dexie';
import { v1Initial } from './v1-initial';

/** Declares every schema version in order. Dexie runs the upgrades a stored database still needs. */
export function applyMigrations(db: Dexie): void {
  v1Initial(db);
}
