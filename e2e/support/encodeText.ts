/**
 * Encoders for the legacy charsets the journeys need: thin Buffer wrappers over the project's
 * test encoders (shared/clean/testing/legacyEncode.ts), so every fixture is encoded one way.
 */
import { legacyEncode, noiseBytes as seededNoise, utf16Encode } from '../../shared/clean/testing/legacyEncode';

/** `text` in GBK or Big5; throws on a character the charset cannot hold, so a fixture never silently changes. */
export function encodeLegacy(text: string, label: 'gbk' | 'big5'): Buffer {
  return Buffer.from(legacyEncode(text, label));
}

/** UTF-16LE with its byte-order mark. */
export function encodeUtf16leBom(text: string): Buffer {
  return Buffer.from(utf16Encode(text, 'le', true));
}

/** UTF-8 with its byte-order mark. */
export function encodeUtf8Bom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** Reproducible bytes that look random, so a failure on them reproduces. */
export function noiseBytes(length: number, seed = 0x2545f491): Buffer {
  return Buffer.from(seededNoise(length, seed));
}
