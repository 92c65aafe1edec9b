/**
 * File and folder names that are valid on Windows, macOS and Linux and work as Obsidian link
 * targets, and that stay unique where file systems fold case (NTFS, APFS) and Unicode
 * normalization (APFS, HFS+): `Note` and `note`, or an NFC and an NFD title, never share a file.
 */

/** Characters Windows forbids, plus `#^[]|` which Obsidian cannot link to. */
const FORBIDDEN = /[<>:"/\\|?*#^[\]]/gu;
/** Control characters, and invisible format characters that could disguise a name (`‮lmth.exe`). */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;
/** Device names Windows reserves whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
/** Room for ` (9999)` and the extension inside the 255-byte limit, with a margin for folder names. */
export const MAX_NAME_BYTES = 120;

/** UTF-8 length; computed by hand because shared/ has no TextEncoder (no DOM or Node types). */
function byteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Cuts text to at most `max` UTF-8 bytes without splitting a grapheme (an emoji with modifiers stays whole). */
function truncateBytes(text: string, max: number): string {
  if (byteLength(text) <= max) return text;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let result = '';
  let bytes = 0;
  for (const { segment } of segmenter.segment(text)) {
    const size = byteLength(segment);
    if (bytes + size > max) break;
    result += segment;
    bytes += size;
  }
  return result;
}

/** A safe base name (no extension) for a title; `Untitled` when nothing usable is left. */
export function safeBaseName(title: string, maxBytes = MAX_NAME_BYTES): string {
  let name = title
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/gu, ' ')
    // Leading dots hide files on Unix (and `..` climbs); trailing dots and spaces vanish on Windows.
    .replace(/^[\s.]+|[\s.]+$/gu, '');
  name = truncateBytes(name, maxBytes).replace(/[\s.]+$/u, '');
  if (name === '') return 'Untitled';
  const stem = name.split('.')[0] ?? '';
  if (RESERVED.test(stem.trim())) name = `${name}_`;
  return name;
}

/** The identity a case- and normalization-insensitive file system gives a name. */
export function fileNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().normalize('NFC');
}

/**
 * Makes names unique against each other and against names already taken (e.g. files in the
 * target folder): the second `note` becomes `note (2).md`. Returns full names with `ext`.
 */
export function uniqueFileNames(bases: readonly string[], ext: string, taken: Iterable<string> = []): string[] {
  const used = new Set([...taken].map(fileNameKey));
  return bases.map((base) => {
    let candidate = `${base}${ext}`;
    for (let n = 2; used.has(fileNameKey(candidate)); n += 1) candidate = `${base} (${n})${ext}`;
    used.add(fileNameKey(candidate));
    return candidate;
  });
}
