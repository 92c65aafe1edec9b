import jschardet from 'jschardet';
import type { CleanError, CleanWarning } from '../../model/CleanArticle';

/** The decoded text of a clipping and how it was decoded. */
export interface Decoded {
  text: string;
  encoding: string;
  warnings: CleanWarning[];
}

export type DecodeOutcome = { ok: true; value: Decoded } | { ok: false; error: CleanError };

/** Magic numbers of formats people save by mistake under a text name. */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['ZIP', [0x50, 0x4b, 0x05, 0x06]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GZIP', [0x1f, 0x8b]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['Windows executable', [0x4d, 0x5a, 0x90, 0x00]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Maps charset labels pages use to labels TextDecoder accepts, preferring supersets (gb2312 -> gb18030). */
function normalizeLabel(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const alias: Record<string, string> = {
    gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb18030: 'gb18030', 'gb_2312-80': 'gb18030', cp936: 'gb18030',
    big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5',
    sjis: 'shift_jis', 'shift-jis': 'shift_jis', shift_jis: 'shift_jis', 'x-sjis': 'shift_jis', 'windows-31j': 'shift_jis',
    'euc-jp': 'euc-jp', 'euc-kr': 'euc-kr', 'ks_c_5601-1987': 'euc-kr', cp949: 'euc-kr', 'windows-949': 'euc-kr', uhc: 'euc-kr',
    cp932: 'shift_jis', ms932: 'shift_jis', 'x-euc-tw': 'big5', 'windows-1252': 'windows-1252', cp1252: 'windows-1252',
    'iso-8859-1': 'windows-1252', latin1: 'windows-1252', ascii: 'windows-1252', 'us-ascii': 'windows-1252',
    'utf8': 'utf-8', 'utf-8': 'utf-8', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
  };
  const mapped = alias[l] ?? l;
  try {
    new TextDecoder(mapped);
    return mapped;
  } catch {
    return null;
  }
}

/** Reads a charset declaration from the first bytes as ASCII (meta charset, http-equiv, XML prolog). */
function declaredCharset(bytes: Uint8Array): { label: string; offset: number } | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 8192));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1] ? { label: m[1], offset: m.index } : null;
}

/** The text when the bytes are valid UTF-8, else null: one strict decode serves as test and result. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A few bad sequences in otherwise multi-byte UTF-8 text: corruption, not another encoding. */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 262144));
  let bad = 0, multi = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') bad++;
    else if (ch.charCodeAt(0) > 0x7f) multi++;
  }
  return multi >= 8 && bad <= multi * 0.25;
}

/** UTF-16 without a BOM shows as NUL in every other byte for mostly-ASCII text. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of bytes that no text file holds (C0 controls other than tab/newline/CR/FF/ESC). */
function controlByteRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) bad++;
  }
  return n ? bad / n : 0;
}

/**
 * Ranked guesses from the detector, then the common legacy encodings; the first that decodes the
 * bytes without an error wins (GB18030 and windows-1252 accept almost anything, so order matters).
 */
/**
 * Encodings jschardet would score that no TextDecoder can read (DOS and mainframe code pages,
 * most Mac and regional ones, UTF-7/32): a guess of one could not be used, and scoring each
 * against its language models was most of the detector's time.
 */
const UNDECODABLE = [
  ...['cp437', 'cp737', 'cp775', 'cp850', 'cp852', 'cp855', 'cp856', 'cp857', 'cp858', 'cp860', 'cp861', 'cp862', 'cp863', 'cp864', 'cp865', 'cp869'],
  ...['cp1026', 'cp1140', 'cp273', 'cp424', 'cp500', 'cp875'],
  ...['mac-greek', 'mac-iceland', 'mac-latin2', 'mac-turkish'],
  ...['cp1006', 'cp1125', 'cp720', 'hp-roman8', 'hz', 'iso2022_kr', 'koi8-t', 'kz1048', 'ptcp154', 'utf-7'],
  ...['utf-32', 'utf-32-be', 'utf-32-le'],
];

function detectorGuess(bytes: Uint8Array): string | null {
  // jschardet works on a binary string; a sample keeps detection fast on large files.
  const sample = bytes.subarray(0, 65536);
  let s = '';
  for (let i = 0; i < sample.length; i += 8192) s += String.fromCharCode(...sample.subarray(i, i + 8192));
  const ranked = (jschardet.detectAll(s, { minimumThreshold: 0.05, excludeEncodings: UNDECODABLE }) ?? []).map((g) => (g?.encoding ? normalizeLabel(g.encoding) : null));
  const candidates = [...ranked, 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'euc-jp', 'windows-1252'];
  for (const label of candidates) {
    if (!label || label === 'utf-8') continue;
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, 262144));
      return label;
    } catch {
      // Not this one; try the next.
    }
  }
  return null;
}

/** WHATWG windows-1252 maps 0x80–0x9F to typographic characters; some runtimes decode it as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function decodeLabel(bytes: Uint8Array, label: string): string {
  const text = new TextDecoder(label).decode(bytes);
  if (label !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** UTF-16 text with few ASCII characters (CJK) has no NUL pattern; decoded, it reads as text. */
function plausibleUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 16 || bytes.length % 2) return null;
  for (const label of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(label).decode(bytes.subarray(0, 8192));
    let good = 0, total = 0;
    for (const ch of text) {
      total++;
      if (/[\p{L}\p{N}\p{P}\p{S}\s]/u.test(ch) && !/[\u{e000}-\u{f8ff}\u{fffd}]/u.test(ch)) good++;
    }
    if (total && good / total > 0.95) return label;
  }
  return null;
}

/**
 * Bytes -> text. Order matters: a BOM is certain; valid UTF-8 beats any declaration (many saved
 * pages were re-encoded to UTF-8 but still declare gbk); then an in-page declaration; then a
 * statistical guess, flagged as such. Binary files are refused with the format named.
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): DecodeOutcome {
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) return { ok: false, error: { code: 'not-text', message: `Not a text document (detected ${name}).` } };
  }
  const warnings: CleanWarning[] = [];
  const decode = (label: string): string => decodeLabel(bytes, label);

  if (forced) {
    const label = normalizeLabel(forced);
    if (label) return { ok: true, value: { text: decode(label), encoding: label, warnings } };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, value: { text: decode('utf-8'), encoding: 'utf-8', warnings } };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, value: { text: decode('utf-16le'), encoding: 'utf-16le', warnings } };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, value: { text: decode('utf-16be'), encoding: 'utf-16be', warnings } };

  const utf16 = guessUtf16(bytes);
  if (utf16) {
    warnings.push({ code: 'encoding-guessed', message: `No byte-order mark; decoded as ${utf16.toUpperCase()} from its byte pattern.` });
    return { ok: true, value: { text: decode(utf16), encoding: utf16, warnings } };
  }
  if (controlByteRatio(bytes) > 0.1) {
    const wide = plausibleUtf16(bytes);
    if (wide) {
      warnings.push({ code: 'encoding-guessed', message: `No byte-order mark; decoded as ${wide.toUpperCase()} because it reads as text that way.` });
      return { ok: true, value: { text: decode(wide), encoding: wide, warnings } };
    }
    return { ok: false, error: { code: 'not-text', message: 'Not a text document (binary data).' } };
  }
  const declared = declaredCharset(bytes);
  const declaredLabel = declared ? normalizeLabel(declared.label) : null;
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    if (declaredLabel && declaredLabel !== 'utf-8' && bytes.some((b) => b > 0x7f)) {
      warnings.push({ code: 'encoding-declaration-ignored', message: `The page declares ${declared!.label} but its bytes are valid UTF-8; decoded as UTF-8.` });
    }
    return { ok: true, value: { text: utf8, encoding: 'utf-8', warnings } };
  }
  if (isMostlyUtf8(bytes)) {
    warnings.push({ code: 'invalid-bytes', message: 'The file is UTF-8 with some invalid bytes; they are shown as \uFFFD and the raw bytes are kept.' });
    return { ok: true, value: { text: decode('utf-8'), encoding: 'utf-8', warnings } };
  }
  if (declaredLabel && declaredLabel !== 'utf-8') {
    if (declared!.offset > 1024) {
      warnings.push({ code: 'encoding-guessed', message: `Charset ${declared!.label} is declared late in the page (byte ${declared!.offset}); used it.` });
    }
    return { ok: true, value: { text: decode(declaredLabel), encoding: declaredLabel, warnings } };
  }
  const guessed = detectorGuess(bytes);
  if (guessed && guessed !== 'utf-8' && guessed !== 'ascii') {
    warnings.push({ code: 'encoding-guessed', message: `No usable charset declaration; the encoding was guessed as ${guessed}.` });
    return { ok: true, value: { text: decode(guessed), encoding: guessed, warnings } };
  }
  warnings.push({ code: 'invalid-bytes', message: 'The file is not valid UTF-8 and its encoding could not be determined; invalid bytes are shown as �.' });
  return { ok: true, value: { text: decode('utf-8'), encoding: 'utf-8', warnings } };
}
