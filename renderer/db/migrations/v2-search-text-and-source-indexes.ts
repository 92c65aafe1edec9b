import type Dexie from 'dexie';

/**
 * Version 2: the text a search checks phrases in moves out of the `search` rows into a table of
 * its own. A search row carries thousands of index grams; reading whole rows to check a phrase
 * cost most of a query's time. `pending` (1, or absent) marks texts whose postings are not built
 * yet: import stores the text and a background indexer builds the postings, because writing
 * thousands of multiEntry keys per article was most of an import's time in Chromium.
 * Sources gain multiEntry indexes on their aliases and domains: matching a clipping's outlet to a
 * merged or same-domain source scanned every source row per new outlet.
 * Never edit once released; add v3-… instead.
 */
export function v2SearchText(db: Dexie): void {
  db.version(2)
    .stores({ searchText: 'articleId, pending', sources: 'id, &key, name, grade, updatedAt, *tags, *aliases, *domains' })
    .upgrade(async (tx) => {
      const texts: Array<{ articleId: string; haystack: string }> = [];
      await tx
        .table('search')
        .toCollection()
        .modify((row: { articleId: string; haystack?: string }) => {
          texts.push({ articleId: row.articleId, haystack: row.haystack ?? '' });
          delete row.haystack;
        });
      await tx.table('searchText').bulkPut(texts);
    });
}
