/**
 * Writes a folder of generated clippings for the import, search and sort benches: HTML,
 * Markdown with inline HTML, and text dumps, in UTF-8, GBK, Big5 and UTF-16LE, about 50 KB on
 * average. Each file is one of the project's own inputs (golden cases, assets/samples) grown
 * to a sampled size with paragraphs taken from the other inputs, so no two files are equal and
 * the bench runs in any clone. Seeded: the same count gives the same files.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readCases } from '../../shared/clean/cases/updateGoldens';
import { encodeLegacy, encodeUtf16le } from './legacyEncoder';

type Kind = 'html' | 'markdown' | 'text';
type Encoding = 'utf-8' | 'utf-8 no meta' | 'gbk' | 'big5' | 'utf-16le';

interface Template {
  kind: Kind;
  text: string;
}

/** What was written. */
export interface GeneratedSet {
  dir: string;
  files: number;
  bytes: number;
  byKind: Record<string, number>;
  byEncoding: Record<string, number>;
}

const SAMPLES = path.resolve(import.meta.dirname, '../../assets/samples');
const FILES_PER_FOLDER = 250;

/** A small deterministic PRNG (mulberry32): the bench must write the same set every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes); // the one legacy-encoded case input
  }
}

async function loadTemplates(): Promise<Template[]> {
  const templates: Template[] = [];
  for (const c of readCases()) {
    if (c.kind === 'bad-input') continue;
    const kind: Kind = c.kind === 'html' ? 'html' : c.kind === 'markdown' ? 'markdown' : 'text';
    // The generator writes its own charset declaration.
    templates.push({ kind, text: decode(c.input).replace(/<meta[^>]*charset[^>]*>/giu, '') });
  }
  for (const name of await readdir(SAMPLES)) templates.push({ kind: 'text', text: decode(new Uint8Array(await readFile(path.join(SAMPLES, name)))) });
  return templates;
}

/** Paragraph-like lines of every text input, to grow files with. */
function paragraphPool(templates: Template[]): string[] {
  const lines = templates.filter((t) => t.kind !== 'html').flatMap((t) => t.text.split(/\n/u));
  return [...new Set(lines.map((l) => l.trim()).filter((l) => l.length >= 40 && !/^[#>|!\-*[]/u.test(l)))];
}

/** A file size drawn from a log-normal around 40 KB (mean about 50 KB), 3–300 KB. */
function sampleSize(random: () => number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.round(Math.min(300_000, Math.max(3_000, 40_000 * Math.exp(0.6 * normal))));
}

function grow(t: Template, target: number, pool: string[], random: () => number, serial: number): string {
  const extra: string[] = [];
  let size = Buffer.byteLength(t.text);
  while (size < target) {
    const p = pool[Math.floor(random() * pool.length)]!;
    const line = t.kind === 'html' ? `<p>${p}</p>` : t.kind === 'markdown' && random() < 0.2 ? `<div class="note"><b>${p.slice(0, 20)}</b>${p.slice(20)}</div>` : p;
    extra.push(line);
    size += Buffer.byteLength(line) + 2;
  }
  // A serial keeps even two files grown from the same picks apart (distinct SHA-256).
  extra.push(t.kind === 'html' ? `<p>No. ${serial}</p>` : `No. ${serial}`);
  const joiner = t.kind === 'html' ? '\n' : '\n\n';
  const at = insertionPoint(t);
  return `${t.text.slice(0, at)}${joiner}${extra.join(joiner)}${joiner}${t.text.slice(at)}`;
}

/** Inside the article: after the middle paragraph of the template. */
function insertionPoint(t: Template): number {
  const marks = [...t.text.matchAll(t.kind === 'html' ? /<\/p>/giu : /\n\s*\n/gu)].map((m) => m.index + m[0].length);
  if (marks.length) return marks[Math.floor(marks.length / 2)]!;
  const body = t.text.search(/<\/body>/iu);
  return body >= 0 ? body : t.text.length;
}

function pickEncoding(kind: Kind, random: () => number): Encoding {
  const r = random();
  if (kind === 'html') return r < 0.55 ? 'utf-8' : r < 0.6 ? 'utf-8 no meta' : r < 0.8 ? 'gbk' : r < 0.92 ? 'big5' : 'utf-16le';
  if (kind === 'markdown') return r < 0.9 ? 'utf-8' : 'utf-16le';
  return r < 0.65 ? 'utf-8' : r < 0.9 ? 'gbk' : 'utf-16le';
}

function encode(text: string, kind: Kind, encoding: Encoding): Uint8Array {
  if (kind === 'html' && encoding !== 'utf-8 no meta') {
    const meta = `<meta charset="${encoding === 'utf-16le' ? 'utf-16' : encoding}">`;
    text = /<head[^>]*>/iu.test(text) ? text.replace(/<head[^>]*>/iu, (h) => `${h}${meta}`) : `${meta}\n${text}`;
  }
  if (encoding === 'gbk' || encoding === 'big5') return encodeLegacy(text, encoding, kind === 'html');
  if (encoding === 'utf-16le') return encodeUtf16le(text);
  return new TextEncoder().encode(text);
}

const EXTENSIONS: Record<Kind, string[]> = { html: ['html', 'htm'], markdown: ['md', 'markdown'], text: ['txt'] };

/** Writes `count` clippings under `dir` (in sub-folders of 250) and says what it wrote. */
export async function generateClippings(dir: string, count: number, seed = 20240501): Promise<GeneratedSet> {
  const random = prng(seed);
  const templates = await loadTemplates();
  const pool = paragraphPool(templates);
  const byKind: Record<string, number> = {};
  const byEncoding: Record<string, number> = {};
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const r = random();
    const kind: Kind = r < 0.45 ? 'html' : r < 0.6 ? 'markdown' : 'text';
    const target = sampleSize(random);
    // Templates larger than the target would skew the average; the 767 KB page is never drawn.
    const fitting = templates.filter((t) => t.kind === kind && Buffer.byteLength(t.text) <= target);
    const choices = fitting.length ? fitting : templates.filter((t) => t.kind === kind);
    const template = choices[Math.floor(random() * choices.length)]!;
    const encoding = pickEncoding(kind, random);
    const data = encode(grow(template, target, pool, random, i), kind, encoding);
    const ext = EXTENSIONS[kind][Math.floor(random() * EXTENSIONS[kind].length)]!;
    const folder = path.join(dir, `batch-${String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, '0')}`);
    if (i % FILES_PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `clip-${String(i).padStart(5, '0')}.${ext}`), data);
    bytes += data.length;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    byEncoding[encoding] = (byEncoding[encoding] ?? 0) + 1;
  }
  return { dir, files: count, bytes, byKind, byEncoding };
}

/** One UTF-8 clipping of about `bytes` bytes grown from the largest fitting template of `kind` (for the reader bench). */
export async function clippingOfSize(kind: Kind, bytes: number, seed = 7): Promise<string> {
  const templates = await loadTemplates();
  const fitting = templates.filter((t) => t.kind === kind && Buffer.byteLength(t.text) <= bytes);
  const template = fitting.reduce((a, t) => (t.text.length > a.text.length ? t : a), fitting[0]!);
  return grow(template, bytes, paragraphPool(templates), prng(seed), 0);
}
