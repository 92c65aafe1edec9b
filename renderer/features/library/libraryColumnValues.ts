import type { LibraryRow } from './LibraryRow';

/**
 * How a column's values order: `text` with the shared collator (case- and accent-blind, numbers
 * in text by value), `code` as plain strings (ISO dates, grade letters), `number` by value.
 */
export type ValueOrder = 'text' | 'code' | 'number';

export interface ColumnValue {
  value(row: LibraryRow): string | number;
  order: ValueOrder;
}

/** Ungraded sorts after F; grades sort A…F. */
const gradeKey = (grade: string | null) => grade ?? 'Z';

/**
 * What each library column holds and how it sorts, in one place: the column definitions use
 * `value` as their accessor and RowSorter sorts by it, so what is shown and how it orders agree.
 */
export const LIBRARY_COLUMN_VALUES = {
  title: { value: (r) => r.article.title, order: 'text' },
  source: { value: (r) => r.sourceName, order: 'text' },
  published: { value: (r) => r.article.published ?? '', order: 'code' },
  reliability: { value: (r) => gradeKey(r.grade), order: 'code' },
  tags: { value: (r) => r.article.tags.join(', '), order: 'text' },
  highlights: { value: (r) => r.article.highlightCount, order: 'number' },
  notes: { value: (r) => r.article.noteCount, order: 'number' },
  words: { value: (r) => r.article.words, order: 'number' },
  imported: { value: (r) => r.article.importedAt, order: 'number' },
} satisfies Record<string, ColumnValue>;

export type LibraryColumnId = keyof typeof LIBRARY_COLUMN_VALUES;
