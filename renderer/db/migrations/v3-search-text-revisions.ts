import type Dexie from 'dexie';

/**
 * Version 3: search texts carry a revision (`rev`, indexed), stamped on every write. The search
 * worker keeps an index of every text in memory and, before each query, reads only the texts
 * written since it last looked (see SearchIndexMirror). Texts stored before v3 have no revision;
 * the worker reads every text when it starts, so they need no upgrade.
 * Never edit once released; add v4-… instead.
 */
export function v3SearchTextRevisions(db: Dexie): void {
  db.version(3).stores({ searchText: 'articleId, pending, rev' });
}
