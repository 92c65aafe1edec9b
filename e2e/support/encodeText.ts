/**
 * Encoders for the legacy charsets the journeys need. Node decodes GBK and Big5 but cannot
 * encode them, so each character's bytes are found by decoding candidate two-byte sequences
 * (a reverse index built once per charset). Test-only: slow to build, exact once built.
 */
const indexes = new Map<string, Map<string, [number, number]>>();

function reverseIndex(label: 'gbk' | 'big5'): Map<string, [number, number]> {
  let index = indexes.get(label);
  if (index) return index;
  index = new Map();
  const decoder = new TextDecoder(label);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      // Keep the first (canonical) sequence of a character; skip holes and two-character results.
      if (char.length === 1 && char !== '\uFFFD' && !index.has(char)) index.set(char, [lead, trail]);
    }
  }
  indexes.set(label, index);
  return index;
}

/** `text` in GBK or Big5; throws on a character the charset cannot hold, so a fixture never silently changes. */
export function encodeLegacy(text: string, label: 'gbk' | 'big5'): Buffer {
  const index = reverseIndex(label);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = index.get(char);
    if (!pair) throw new Error(`U+${code.toString(16)} has no ${label} encoding`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}

/** UTF-16LE with its byte-order mark. */
export function encodeUtf16leBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** UTF-8 with its byte-order mark. */
export function encodeUtf8Bom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** Reproducible bytes that look random (xorshift32), so a failure on them reproduces. */
export function noiseBytes(length: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
