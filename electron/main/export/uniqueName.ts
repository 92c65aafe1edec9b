/**
 * How file systems compare names: many are case-insensitive (Windows, macOS by default) and
 * macOS stores NFD, so "Note" and "note", or an NFC and an NFD "é", are one file there.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en-US');
}

/**
 * The first of `name`, `name (2)`, `name (3)` … (before the extension) whose key is not in
 * `taken` (folders number the whole name). The caller adds the result to `taken`, so one batch never collides with itself.
 */
export function uniqueName(name: string, taken: ReadonlySet<string>, { isFolder = false } = {}): string {
  if (!taken.has(nameKey(name))) return name;
  const dot = isFolder ? -1 : name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
