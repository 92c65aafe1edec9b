/**
 * Decoding of HTML character references, just enough to match text inside markup. The full
 * named-entity table is 2,000+ entries; clippings use a handful, and an unknown one is left as
 * literal text on both sides of a comparison, so it still matches itself.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwsp: '\u200b', shy: '\u00ad', middot: '\u00b7', bull: '\u2022', hellip: '\u2026',
  mdash: '\u2014', ndash: '\u2013', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', times: '\u00d7',
  deg: '\u00b0', yen: '\u00a5', euro: '\u20ac', pound: '\u00a3', cent: '\u00a2', sect: '\u00a7', para: '\u00b6',
};

const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/y;

/** The character reference starting at `index` of `raw`, decoded, with its length; null when there is none. */
export function decodeEntityAt(raw: string, index: number): { text: string; length: number } | null {
  REFERENCE.lastIndex = index;
  const match = REFERENCE.exec(raw);
  if (!match) return null;
  const body = match[1] ?? '';
  let text: string | undefined;
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Lone surrogates and out-of-range code points would make invalid strings; keep them literal.
    if (code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) text = String.fromCodePoint(code);
  } else {
    text = NAMED[body] ?? NAMED[body.toLowerCase()];
  }
  return text === undefined ? null : { text, length: match[0].length };
}
