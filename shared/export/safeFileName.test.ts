import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameKey, safeBaseName, uniqueFileNames } from './safeFileName';
import { nastyText } from './testing/nastyText';

/** What Windows, macOS, Linux and Obsidian each refuse in a name. */
function assertSafe(name: string): void {
  expect(name).not.toMatch(/[<>:"/\\|?*#^[\]\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u);
  expect(name).not.toMatch(/^[.\s]|[.\s]$/u);
  expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/iu);
  expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(120);
  expect(name.length).toBeGreaterThan(0);
  expect(name.normalize('NFC')).toBe(name);
}

describe('safeBaseName', () => {
  it('is safe on every platform for any title', () => {
    fc.assert(fc.property(fc.oneof(nastyText, fc.string({ unit: 'binary', maxLength: 300 })), (title) => assertSafe(safeBaseName(title))), { numRuns: 500 });
  });

  it.each([
    ['CON', 'CON_'],
    ['con.txt', 'con.txt_'],
    ['a<b>', 'a b'],
    ['\u202elmth.exe', 'lmth.exe'],
    ['..', 'Untitled'],
    ['  ...hidden', 'hidden'],
    ['Title\n---\nevil: true', 'Title --- evil true'],
    ['[[x]] #tag ^id', 'x tag id'],
    ['新华网：标题', '新华网：标题'],
    ['😀 emoji', '😀 emoji'],
  ])('%j becomes %j', (title, expected) => expect(safeBaseName(title)).toBe(expected));

  it('cuts long names at a grapheme boundary within the byte budget', () => {
    const name = safeBaseName('👩🏽‍💻'.repeat(40));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
    expect(name.length % '👩🏽‍💻'.length).toBe(0);
    expect(safeBaseName('中'.repeat(200))).toBe('中'.repeat(40));
  });
});

describe('uniqueFileNames', () => {
  it('numbers case and normalization twins and respects names already taken', () => {
    const nfc = 'Café';
    const nfd = 'Cafe\u0301';
    expect(uniqueFileNames(['Note', 'note', safeBaseName(nfc), safeBaseName(nfd), 'x'], '.md', ['X.md']))
      .toEqual(['Note.md', 'note (2).md', 'Café.md', 'Café (2).md', 'x (2).md']);
  });

  it('never returns two names a case- or normalization-insensitive file system would confuse', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom('Note', 'note', 'NOTE', 'Cafe\u0301', 'Café', 'note (2)'), nastyText), { maxLength: 30 }), (titles) => {
      const names = uniqueFileNames(titles.map((title) => safeBaseName(title)), '.md');
      expect(new Set(names.map(fileNameKey)).size).toBe(names.length);
      for (const name of names) assertSafe(name.slice(0, -3));
    }), { numRuns: 300 });
  });
});
