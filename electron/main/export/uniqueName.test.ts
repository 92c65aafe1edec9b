import { describe, expect, it } from 'vitest';
import { nameKey, uniqueName } from './uniqueName';

const taken = (...names: string[]) => new Set(names.map(nameKey));

describe('uniqueName', () => {
  it('keeps a free name', () => {
    expect(uniqueName('Note.md', taken('Other.md'))).toBe('Note.md');
  });
  it('numbers before the extension, case-insensitively', () => {
    expect(uniqueName('note.md', taken('Note.md'))).toBe('note (2).md');
    expect(uniqueName('Note.md', taken('Note.md', 'note (2).md'))).toBe('Note (3).md');
  });
  it('treats NFC and NFD spellings as the same name', () => {
    const nfd = 'Cafe\u0301.md';
    expect(uniqueName('Café.md', taken(nfd))).toBe('Café (2).md');
  });
  it('numbers names without an extension and dot-files as a whole', () => {
    expect(uniqueName('README', taken('readme'))).toBe('README (2)');
    expect(uniqueName('.notes', taken('.notes'))).toBe('.notes (2)');
  });
  it('numbers folders as a whole even when they contain a dot', () => {
    expect(uniqueName('Notes 2026.11', taken('Notes 2026.11'), { isFolder: true })).toBe('Notes 2026.11 (2)');
  });
});
