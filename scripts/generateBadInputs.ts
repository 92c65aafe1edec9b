/**
 * Writes the bad-input corpus of SECURITY.md §5.5 into a folder, for the cleaner's tests, the
 * import tests and e2e: `tsx scripts/generateBadInputs.ts DIR [--no-large] [--no-filesystem]`.
 * Deterministic (seeded random bytes), so a failure reproduces. Returns a manifest saying what
 * each file is and the outcome SECURITY.md expects (OK / WARN / REJ / SKIP).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { concatBytes, legacyEncode, noiseBytes, utf16Encode } from '../shared/clean/testing/legacyEncode';
import * as payload from './badInputs/payloads';

/** What SECURITY.md §5.5 expects of a file: imported, imported with a warning, rejected, skipped. */
export type BadInputOutcome = 'OK' | 'WARN' | 'REJ' | 'SKIP';

/** One entry of the corpus: a file (or folder, ending in `/`) relative to the target folder. */
export interface BadInput {
  name: string;
  expect: BadInputOutcome;
  what: string;
  /** Large files, left out with `large: false`. */
  large?: boolean;
  /** Hostile markup: nothing of it may be live after the renderer parses the clean html. */
  hostile?: boolean;
}

export interface BadInputOptions {
  /** Include the multi-megabyte files (default true). */
  large?: boolean;
  /** Include names/, links/ and perm/: odd names, symlinks, a FIFO, an unreadable file (default true). */
  filesystem?: boolean;
}

const ZH = '当地时间19日,同在冰岛首都雷克雅未克出席北极理事会部长级会议的美国国务卿布林肯和俄罗斯外长拉夫罗夫进行了会晤。这是拜登正式就任美国总统后,美俄两国外长首次见面。';
const ZH_TW = '行政院今日召開院會,通過明年度中央政府總預算案,總額較今年增加百分之三點五。發言人表示,預算重點包括長期照顧、國防自主與數位轉型。';

const page = (body: string, head = '', title = '美俄外长首次会晤'): string =>
  `<!DOCTYPE html>\n<html><head>${head}<title>${title}</title></head>\n<body><article><h1>${title}</h1>\n${body}\n</article></body></html>\n`;
const TITLE_TW = '行政院通過總預算案';
const paras = (text: string, n = 4): string => Array.from({ length: n }, () => `<p>${text}</p>`).join('\n');

/** A few MB of reproducible "random" bytes without touching /dev/urandom. */
const pseudoRandomBytes = (n: number): Uint8Array => noiseBytes(n);

const PDF = strToU8('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', true);
// A complete 1x1 transparent PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

/** Writes `total` bytes made of `unit` repeated, in chunks, so a 50 MB file never sits in one string. */
function writeRepeated(path: string, head: string, unit: (i: number) => string, total: number, tail: string): void {
  const fd = openSync(path, 'w');
  try {
    let written = writeSync(fd, head);
    let chunk = '';
    let chunkBytes = 0;
    for (let i = 0; ; i++) {
      const next = unit(i);
      const bytes = Buffer.byteLength(next);
      if (written + chunkBytes + bytes > total - Buffer.byteLength(tail)) break;
      chunk += next;
      chunkBytes += bytes;
      if (chunkBytes > 1 << 20) {
        written += writeSync(fd, chunk);
        chunk = '';
        chunkBytes = 0;
      }
    }
    writeSync(fd, chunk);
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

/** Every entry, in SECURITY.md order; `write` creates it under `dir`. */
const ENTRIES: Array<BadInput & { write(path: string): void }> = [
  { name: '01-script-handlers.html', expect: 'OK', hostile: true, what: 'script, on* handlers, javascript: links, svg onload', write: (f) => writeFileSync(f, payload.SCRIPT_HANDLERS) },
  { name: '02-embeds.html', expect: 'OK', hostile: true, what: 'iframe src/srcdoc, object, embed, portal', write: (f) => writeFileSync(f, payload.EMBEDS) },
  { name: '03-mxss.html', expect: 'OK', hostile: true, what: 'mglyph/style, svg/style, noscript attribute, svg use, area javascript:, <.a<iframe>', write: (f) => writeFileSync(f, payload.MXSS) },
  { name: '04-meta-refresh-base-form.html', expect: 'OK', hostile: true, what: 'meta refresh, base href, form with autofocus', write: (f) => writeFileSync(f, payload.META_REFRESH_BASE_FORM) },
  { name: '05-remote-and-local-refs.html', expect: 'OK', hostile: true, what: 'remote img, @import, url(), @font-face, preload, UNC and file: paths', write: (f) => writeFileSync(f, payload.REMOTE_AND_LOCAL_REFS) },
  { name: '06-links.html', expect: 'OK', hostile: true, what: 'links with file:, smb:, ms-msdt:, vscode:, data:, custom schemes, userinfo, target=_blank', write: (f) => writeFileSync(f, payload.LINKS) },
  { name: '07-utf8-nometa.html', expect: 'OK', what: 'UTF-8 CJK, no BOM, no meta', write: (f) => writeFileSync(f, page(paras(ZH))) },
  { name: '08-utf8-bom.html', expect: 'OK', what: 'UTF-8 with BOM', write: (f) => writeFileSync(f, concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), page(paras(ZH)))) },
  { name: '09-gbk-meta.html', expect: 'OK', what: 'GBK with meta charset=gbk', write: (f) => writeFileSync(f, legacyEncode(page(paras(ZH), '<meta charset="gbk">'), 'gbk')) },
  { name: '10-gb18030-gb2312-label.html', expect: 'OK', what: 'GB18030 bytes, http-equiv charset=gb2312', write: (f) => writeFileSync(f, legacyEncode(page(paras(ZH), '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gb18030')) },
  { name: '11-gbk-nometa.html', expect: 'WARN', what: 'GBK without a declaration: encoding guessed', write: (f) => writeFileSync(f, legacyEncode(page(paras(ZH)), 'gbk')) },
  { name: '12-big5-meta.html', expect: 'OK', what: 'Big5 with meta', write: (f) => writeFileSync(f, legacyEncode(page(paras(ZH_TW), '<meta charset="big5">', TITLE_TW), 'big5')) },
  { name: '13-big5-nometa.html', expect: 'WARN', what: 'Big5 without a declaration: encoding guessed', write: (f) => writeFileSync(f, legacyEncode(page(paras(ZH_TW), '', TITLE_TW), 'big5')) },
  { name: '14-utf16le-bom.html', expect: 'OK', what: 'UTF-16LE with BOM', write: (f) => writeFileSync(f, utf16Encode(page(paras(ZH), '<meta charset="utf-16">'), 'le', true)) },
  { name: '15-utf16le-nobom.txt', expect: 'WARN', what: 'UTF-16LE text without BOM: guessed from the byte pattern', write: (f) => writeFileSync(f, utf16Encode(`Council passes budget\n\n${payload.articleParagraphs(4).join('\n\n')}\n`, 'le', false)) },
  { name: '16-invalid-utf8.html', expect: 'WARN', what: 'C3 28 FF FE ED A0 80 inside UTF-8 text', write: (f) => writeFileSync(f, concatBytes(page(`${paras(ZH, 2)}\n<p>坏字节:`), new Uint8Array([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), `结束。</p>\n${paras(ZH, 2)}`)) },
  { name: '17-meta-late.html', expect: 'WARN', what: 'charset=gbk meta after 1,100 bytes of comment', write: (f) => writeFileSync(f, legacyEncode(page(paras(ZH), `<!-- ${'x'.repeat(1100)} --><meta charset="gbk">`), 'gbk')) },
  { name: '18-meta-lies.html', expect: 'WARN', what: 'valid UTF-8 labelled iso-8859-1 (policy: UTF-8 wins, with a warning)', write: (f) => writeFileSync(f, page(paras(ZH), '<meta charset="iso-8859-1">')) },
  { name: '19-pdf-as.html', expect: 'REJ', what: 'a PDF named .html', write: (f) => writeFileSync(f, PDF) },
  { name: '20-png-as.html', expect: 'REJ', what: 'a PNG named .html', write: (f) => writeFileSync(f, PNG) },
  { name: '21-zip-as.md', expect: 'REJ', what: 'a ZIP named .md', write: (f) => writeFileSync(f, zipSync({ 'article.html': strToU8(page(paras(ZH))) })) },
  { name: '22-random-bytes.txt', expect: 'REJ', what: '1 MB of (seeded) random bytes', write: (f) => writeFileSync(f, pseudoRandomBytes(1 << 20)) },
  { name: '23-empty.html', expect: 'OK', what: '0 bytes', write: (f) => writeFileSync(f, '') },
  { name: '24-whitespace.md', expect: 'OK', what: 'spaces, tabs and newlines only', write: (f) => writeFileSync(f, ' \n\t\n   \r\n\n  ') },
  { name: '25-huge.html', expect: 'REJ', what: '50 MB of real HTML: over the 20 MB cap', large: true, write: (f) => writeRepeated(f, '<!DOCTYPE html><html><body>', (i) => `<p>${ZH}${i}</p>\n`, 50 * 1024 * 1024, '</body></html>') },
  { name: '26-big-ok.html', expect: 'OK', what: '15 MB of real-looking paragraphs', large: true, write: (f) => writeRepeated(f, '<!DOCTYPE html><html><head><title>Big</title></head><body><article>', (i) => `<p>${payload.articleParagraphs(1)[0]} ${ZH} #${i}</p>\n`, 15 * 1024 * 1024, '</article></body></html>') },
  { name: '27-deep-100k.html', expect: 'OK', what: '100,000 nested divs', write: (f) => writeFileSync(f, `<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}<p>${ZH}</p>${'</div>'.repeat(100_000)}</body></html>`) },
  { name: '28-one-line-20MB.html', expect: 'OK', what: 'a single 20,000,000-byte line, just under the 20 MiB cap', large: true, write: (f) => writeRepeated(f, '<!DOCTYPE html><html><body>', (i) => `<p>${payload.articleParagraphs(1)[0]} ${i}</p>`, 20_000_000, '</body></html>') },
  { name: '29-1M-siblings.html', expect: 'OK', what: 'a million sibling <p>', large: true, write: (f) => writeFileSync(f, `<!DOCTYPE html><html><body>${Array.from({ length: 1_000_000 }, (_, i) => `<p>p${i % 10}</p>`).join('')}</body></html>`) },
  { name: '30-markdown-attacks.md', expect: 'OK', hostile: true, what: 'raw script, img onerror, javascript: link, data: image, hostile front matter, unclosed comment', write: (f) => writeFileSync(f, payload.MARKDOWN_ATTACKS) },
  { name: '31-all-boilerplate.html', expect: 'WARN', what: 'navigation, related list, share widget, disclaimer and footer, no article', write: (f) => writeFileSync(f, payload.ALL_BOILERPLATE) },
];

const small = (title: string): string => page(`<p>${title}: ${ZH}</p>`);

/** Odd names, links out of the folder, a FIFO and an unreadable file: import-layer cases (rows 25–27). */
function writeFilesystemCases(dir: string): BadInput[] {
  const names = join(dir, 'names');
  mkdirSync(names, { recursive: true });
  const odd = ['CON.html', 'a<b>.html', '\u202Elmth.exe', 'caf\u00e9.html', 'cafe\u0301.html', `${'长'.repeat(83)}a.html`, '📰 news.html', 'line\nbreak.html'];
  for (const name of odd) writeFileSync(join(names, name), small(name));
  const links = join(dir, 'links');
  mkdirSync(links, { recursive: true });
  symlinkSync('..', join(links, 'up'));
  symlinkSync(resolve(dir), join(links, 'root'));
  symlinkSync('/etc/passwd', join(links, 'passwd.html'));
  execFileSync('mkfifo', [join(links, 'pipe.html')]);
  const perm = join(dir, 'perm');
  mkdirSync(perm, { recursive: true });
  writeFileSync(join(perm, 'denied.html'), small('denied'));
  chmodSync(join(perm, 'denied.html'), 0o000);
  return [
    { name: 'names/', expect: 'OK', what: 'reserved, odd, bidi, NFC/NFD twins, 255-byte, emoji and newline names' },
    { name: 'links/', expect: 'SKIP', what: 'symlinks to .., to the root, to /etc/passwd, and a FIFO' },
    { name: 'perm/', expect: 'SKIP', what: 'a chmod 000 file (readable anyway when running as root)' },
  ];
}

/** Writes the corpus into `dir` (created if needed) and returns its manifest. */
export function generateBadInputs(dir: string, options: BadInputOptions = {}): BadInput[] {
  mkdirSync(dir, { recursive: true });
  const manifest: BadInput[] = [];
  for (const { write, ...entry } of ENTRIES) {
    if (entry.large && options.large === false) continue;
    write(join(dir, entry.name));
    manifest.push(entry);
  }
  if (options.filesystem !== false) manifest.push(...writeFilesystemCases(dir));
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: tsx scripts/generateBadInputs.ts DIR [--no-large] [--no-filesystem]');
    process.exit(2);
  }
  const manifest = generateBadInputs(dir, { large: !args.includes('--no-large'), filesystem: !args.includes('--no-filesystem') });
  for (const e of manifest) console.log(`${e.expect.padEnd(4)} ${e.name.padEnd(34)} ${e.what}`);
}
