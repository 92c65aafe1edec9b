import { describe, expect, it } from 'vitest';
import { validateExportName } from './validateExportName';

describe('validateExportName', () => {
  it.each([
    ['Note.md', ['Note.md']],
    ['notes/2026/Note.md', ['notes', '2026', 'Note.md']],
    ['新闻 摘要.md', ['新闻 摘要.md']],
    ['emoji 📰.md', ['emoji 📰.md']],
    ['..hidden-ish.md', ['..hidden-ish.md']],
    ['CONSOLE.md', ['CONSOLE.md']],
  ])('accepts %j', (name, segments) => {
    expect(validateExportName(name)).toEqual({ ok: true, segments });
  });

  it.each([
    '',
    '..',
    '../evil.md',
    'a/../../evil.md',
    'a/./b.md',
    '/etc/passwd',
    'a//b.md',
    'a/',
    'C:/Windows/evil.md',
    'C:evil.md',
    '..\\evil.md',
    'a\\b.md',
    'CON',
    'con.md',
    'nul.txt',
    'COM1.md',
    'lpt9',
    'COM¹.md',
    'trailing.',
    'trailing ',
    'new\nline.md',
    'nul\u0000byte.md',
    'tab\there.md',
    'spoof\u202egnp.md',
    'a<b>.md',
    'what?.md',
    'pipe|.md',
    'quote".md',
    'star*.md',
    'x'.repeat(256),
    '字'.repeat(86),
    'a/b/c/d/e/f/g/h/i.md',
  ])('refuses %j', (name) => {
    expect(validateExportName(name).ok).toBe(false);
  });

  it.each([null, 42, ['a.md']])('refuses the non-string %j', (name) => {
    expect(validateExportName(name).ok).toBe(false);
  });
});
