/**
 * Encoders for GBK and Big5, which TextEncoder cannot write. The reverse table is built from
 * Node's own TextDecoder, so the bytes are exactly what the cleaner's decoder reads back.
 * Characters the charset lacks become what a browser's "Save page" writes: a numeric character
 * reference in HTML, '?' elsewhere.
 */
export type LegacyCharset = 'gbk' | 'big5';

const tables = new Map<LegacyCharset, Map<string, [number, number]>>();

function table(charset: LegacyCharset): Map<string, [number, number]> {
  const known = tables.get(charset);
  if (known) return known;
  const decoder = new TextDecoder(charset);
  const map = new Map<string, [number, number]>();
  const trails = charset === 'gbk' ? range(0x40, 0xfe).filter((t) => t !== 0x7f) : [...range(0x40, 0x7e), ...range(0xa1, 0xfe)];
  for (const lead of range(0x81, 0xfe)) {
    for (const trail of trails) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  tables.set(charset, map);
  return map;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** `text` in GBK or Big5; `html` selects `&#N;` for characters the charset lacks. */
export function encodeLegacy(text: string, charset: LegacyCharset, html: boolean): Uint8Array {
  const map = table(charset);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = map.get(ch);
    if (pair) out.push(pair[0], pair[1]);
    else for (const c of html ? `&#${code};` : '?') out.push(c.charCodeAt(0));
  }
  return new Uint8Array(out);
}

/** `text` as UTF-16LE with a byte-order mark. */
export function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = unit & 0xff;
    out[3 + i * 2] = unit >> 8;
  }
  return out;
}
