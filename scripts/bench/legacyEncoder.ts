/**
 * Encoders for the bench's generated library, over the project's test encoders
 * (shared/clean/testing/legacyEncode.ts). Characters the charset lacks become what a browser's
 * "Save page" writes: a numeric character reference in HTML, '?' elsewhere.
 */
import { legacyEncode, utf16Encode } from '../../shared/clean/testing/legacyEncode';

export type LegacyCharset = 'gbk' | 'big5';

/** `text` in GBK or Big5; `html` selects `&#N;` for characters the charset lacks. */
export function encodeLegacy(text: string, charset: LegacyCharset, html: boolean): Uint8Array {
  return legacyEncode(text, charset, (ch) => (html ? `&#${ch.codePointAt(0)};` : '?'));
}

/** `text` as UTF-16LE with a byte-order mark. */
export function encodeUtf16le(text: string): Uint8Array {
  return utf16Encode(text, 'le', true);
}
