/**
 * The highlight palette. Keys are stored on highlights; names are the user's (renamable, kept
 * with the reader preferences). The ::highlight() rules in reader.css use the same keys.
 */
export const HIGHLIGHT_COLORS = [
  { key: 'yellow', name: 'Yellow', swatch: '#ffd84d' },
  { key: 'green', name: 'Green', swatch: '#7fd67f' },
  { key: 'blue', name: 'Blue', swatch: '#7fb8ff' },
  { key: 'pink', name: 'Pink', swatch: '#ff9ec7' },
  { key: 'purple', name: 'Purple', swatch: '#c3a3ff' },
  { key: 'orange', name: 'Orange', swatch: '#ffb366' },
] as const;

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]['key'];

/** A known colour key for any stored value, so an odd row still paints. */
export function colorKey(value: string): HighlightColor {
  return HIGHLIGHT_COLORS.find((c) => c.key === value)?.key ?? 'yellow';
}

/** The name the user gave a colour, or its default. */
export function colorName(key: string, names: Record<string, string>): string {
  return names[key]?.trim() || HIGHLIGHT_COLORS.find((c) => c.key === key)?.name || key;
}

/** The swatch colour for a key. */
export function colorSwatch(key: string): string {
  return HIGHLIGHT_COLORS.find((c) => c.key === key)?.swatch ?? '#ffd84d';
}
