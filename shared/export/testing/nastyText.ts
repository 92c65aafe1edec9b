import fc from 'fast-check';

/** Test support: strings that break naive Markdown escaping, for property tests. */

/** What a renderer can show for stored text: line endings as '\n', NUL as U+FFFD. */
export const shown = (text: string) => text.replace(/\r\n|\r/gu, '\n').replace(/\0/gu, '\ufffd');

/** Pieces that break naive escaping, mixed into arbitrary strings. */
export const NASTY = [
  '#', '# h', '>', '> q', '---', '***', '___', '===', '```', '~~~', '`', '|', 'a|b', '-|-', '<script>alert(1)</script>', '</details>', '<!--',
  '[link](https://x)', '[[wiki]]', '![[embed]]', '![i](x)', '1. ', '1) ', '- ', '+ ', '* ', '\r\n', '\r', '\n', '\n\n', '\0', '\u202e', '\u2066',
  '\u200b', '\ufeff', '\\', '&amp;', '&#x41;', '&', '*em*', '_u_', '$x$', '==m==', '%%c%%', '^abc', '#tag', '    ', '\t', '\u3000', '\u00a0',
  '\v', '\f', '\u2028', '😀', '中文', ':', '<https://a.b>', 'www.example.com', '\\\n', '  \n', '[^1]', '[x]: /url',
];
export const nastyText = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 12 }).map((parts) => parts.join(''));
