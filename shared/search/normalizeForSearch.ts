/**
 * The one text normalization shared by indexing, querying and phrase checks, so they agree:
 * NFKC folds full-width letters and digits (ＡＢＣ１２ -> ABC12) and compatibility forms,
 * lower-casing makes search case-blind, and whitespace runs become one space.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
