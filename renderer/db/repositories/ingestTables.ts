import type { GleanerDb } from '../GleanerDb';

/**
 * Every table an ingestion transaction may touch, including what the sources and highlights
 * repositories write from inside it (source rows, re-anchored highlights). Listing them once
 * keeps a batch and a single item in the same scope.
 */
export function ingestTables(db: GleanerDb) {
  return [db.articles, db.versions, db.files, db.search, db.searchText, db.sources, db.highlights, db.documentNotes, db.overrides, db.folders];
}
