/**
 * Test-only encoders for legacy charsets, built by inverting the platform's `TextDecoder` over
 * every one- and two-byte sequence: the runtime can decode GBK, Big5, Shift_JIS, EUC-JP, EUC-KR
 * and windows-1252 but not encode them, and a dependency just for fixtures is not worth it.
 * Three-byte EUC-JP (JIS X 0212) and four-byte GB18030 are not covered; fixtures avoid them.
 */

const tables = new Map<string, Map<string, number[]>>();

// windows-1252 0x80–0x9F per the WHATWG index. Node 20's TextDecoder('windows-1252') decodes
// these bytes as Latin-1 C1 controls, so inverting it would make fixtures agree with that bug.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function table(label: string): Map<string, number[]> {
  const cached = tables.get(label);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(label);
  for (let b = 0; b <= 0xff; b++) {
    const ch = label === 'windows-1252' && b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : decoder.decode(new Uint8Array([b]));
    if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [b]);
  }
  if (label !== 'windows-1252') {
    const pair = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        pair[0] = lead;
        pair[1] = trail;
        const ch = decoder.decode(pair);
        // One character (maybe a surrogate pair) from exactly these two bytes; first code wins.
        if (ch !== '\uFFFD' && [...ch].length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
      }
    }
  }
  tables.set(label, map);
  return map;
}

/**
 * Encodes `text` in a legacy charset (WHATWG label). A character the charset lacks throws, so a
 * fixture never silently changes, unless `fallback` says what to write instead (ASCII).
 */
export function legacyEncode(text: string, label: string, fallback?: (ch: string) => string): Uint8Array {
  const map = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : map.get(ch);
    if (code) out.push(...code);
    else if (fallback) for (const c of fallback(ch)) out.push(c.charCodeAt(0) & 0x7f);
    else throw new Error(`${JSON.stringify(ch)} (U+${ch.codePointAt(0)!.toString(16)}) has no ${label} encoding`);
  }
  return new Uint8Array(out);
}

/** Reproducible bytes that look random (xorshift32), so a failure on them reproduces. */
export function noiseBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
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

/** UTF-16 bytes in either order, with or without a byte-order mark. */
export function utf16Encode(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

/** Joins byte arrays (and strings, as UTF-8) into one. */
export function concatBytes(...parts: Array<Uint8Array | string>): Uint8Array {
  const arrays = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
