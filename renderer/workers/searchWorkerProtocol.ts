import type { MemorySearchHit } from '../../shared/search/MemorySearchIndex';

/** Page -> search worker. `open` comes first and names the database the worker mirrors. */
export type SearchWorkerRequest = { type: 'open'; dbName: string } | { type: 'search'; id: number; query: string; limit: number };

/**
 * Search worker -> page. `not-ready` while the worker is still reading the stored texts (the page
 * then answers from the stored postings); `failed` when it cannot serve at all.
 */
export type SearchWorkerResponse =
  | { type: 'hits'; id: number; hits: MemorySearchHit[] }
  | { type: 'not-ready'; id: number }
  | { type: 'failed'; id?: number; message: string };
