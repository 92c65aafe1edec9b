import type { BlockKind, RemovalReason } from '../../model/CleanArticle';
import { makeSegment, type Segment } from '../Segment';
import { elementPrior } from './elementPrior';

/** The parts of a parse5/domhandler node this walker reads. */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
  /** htmlparser2's offsets (end inclusive). */
  startIndex?: number | null;
  endIndex?: number | null;
}

/** `[start, end)` of a node in the source, from whichever parser built it. */
export function nodeRange(node: DomNode): { start: number; end: number } | null {
  if (node.sourceCodeLocation) return { start: node.sourceCodeLocation.startOffset, end: node.sourceCodeLocation.endOffset };
  if (typeof node.startIndex === 'number' && typeof node.endIndex === 'number') return { start: node.startIndex, end: node.endIndex + 1 };
  return null;
}

/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'map', 'dialog', 'portal']);

/** Elements that break lines: each run of inline content between them becomes a segment. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'caption']);

const KIND_OF: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dd: 'list-item', dt: 'list-item', blockquote: 'quote', figcaption: 'caption', caption: 'caption', pre: 'preformatted',
};

interface Run {
  parts: string[];
  linkChars: number;
  start: number;
  end: number;
  kind: BlockKind;
  level?: number;
  prior: number;
  priorReason?: RemovalReason;
  inTable?: boolean;
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  const style = (attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

const CJK_OR_PUNCT = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af，。、；：？！“”‘’（）《》【】…—';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK_OR_PUNCT}]) (?=[${CJK_OR_PUNCT}])`, 'gu');

/** Joins inline pieces: collapse whitespace, and drop it between CJK characters (no spaces in Chinese). */
export function joinInline(parts: string[]): string {
  return parts.join('').replace(/[\s\u00a0\u3000]+/gu, ' ').trim().replace(SPACE_BETWEEN_CJK, '');
}

/** Text length under every element, in one iterative post-order pass (pages nest thousands deep). */
function measureText(root: DomNode): Map<DomNode, number> {
  const lengths = new Map<DomNode, number>();
  const stack: Array<{ node: DomNode; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') continue;
    if (node.name && SKIP.has(node.name)) continue;
    const children = node.children ?? [];
    if (exit) {
      let sum = 0;
      for (const c of children) sum += c.type === 'text' ? (c.data ?? '').trim().length : lengths.get(c) ?? 0;
      lengths.set(node, sum);
    } else {
      stack.push({ node, exit: true });
      for (const c of children) if (c.type !== 'text') stack.push({ node: c, exit: false });
    }
  }
  return lengths;
}

/**
 * Walks the DOM in document order without recursion (pages nest thousands deep) and cuts it
 * into segments at block boundaries, carrying each one's link share and layout evidence.
 */
export function htmlSegments(root: DomNode, useLayout = true): { segments: Segment[]; skipped: Array<{ start: number; end: number; tag: string }> } {
  const textLength = useLayout ? measureText(root) : new Map<DomNode, number>();
  const total = textLength.get(root) ?? 0;
  const segments: Segment[] = [];
  const skipped: Array<{ start: number; end: number; tag: string }> = [];
  let run: Run | null = null;
  const flush = (): void => {
    if (!run) return;
    const text = joinInline(run.parts);
    if (text) {
      const seg = makeSegment(text, run.start, run.end, run.kind);
      seg.level = run.level;
      seg.linkChars = Math.min(text.length, run.linkChars);
      seg.prior = run.prior;
      seg.priorReason = run.priorReason;
      if (run.inTable) seg.inTable = true;
      segments.push(seg);
    }
    run = null;
  };
  interface Frame { node: DomNode; exit: boolean; prior: number; reason?: RemovalReason; inLink: boolean; inTable?: boolean; kind: BlockKind; level?: number }
  const stack: Frame[] = [{ node: root, exit: false, prior: 0, inLink: false, kind: 'paragraph' }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { node } = frame;
    if (frame.exit) {
      if (node.name && BLOCK.has(node.name)) flush();
      continue;
    }
    if (node.type === 'text') {
      const data = node.data ?? '';
      if (!data) continue;
      const loc = nodeRange(node);
      const start = loc?.start ?? 0, end = loc?.end ?? start;
      if (!run) {
        if (!data.trim()) continue;
        run = { parts: [], linkChars: 0, start, end, kind: frame.kind, level: frame.level, prior: frame.prior, priorReason: frame.reason, inTable: frame.inTable };
      }
      run.parts.push(data);
      run.end = Math.max(run.end, end);
      if (frame.inLink) run.linkChars += data.trim().length;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    const name = node.name ?? '';
    const attribs = node.attribs ?? {};
    if (SKIP.has(name) || isHidden(attribs)) {
      const loc = nodeRange(node);
      if (loc) skipped.push({ start: loc.start, end: loc.end, tag: name });
      continue;
    }
    if (name === 'img') {
      // Alt text is not article text; a caption carries it if it matters.
      continue;
    }
    if (BLOCK.has(name)) flush();
    let ev = !useLayout || name === 'body' || name === 'html' ? { prior: 0 } : elementPrior(name, attribs);
    // A "sidebar" or "nav" class on a wrapper that holds most of the page's text is a layout
    // hook, not chrome: trust negative evidence only on smaller parts of the page.
    if (ev.prior < 0 && (textLength.get(node) ?? 0) > total * 0.35) ev = { prior: 0 };
    // Chrome evidence wins over article evidence below it: a share bar inside an article is still a share bar.
    const prior = frame.prior < -0.5 ? frame.prior : ev.prior !== 0 ? ev.prior : frame.prior;
    const reason = frame.prior < -0.5 ? frame.reason : ev.reason ?? frame.reason;
    const kind = KIND_OF[name] ?? (name === 'p' || name === 'div' || name === 'td' ? 'paragraph' : frame.kind);
    const level = /^h[1-6]$/.test(name) ? Number(name[1]) : frame.level;
    const inTable = frame.inTable || name === 'td' || name === 'th';
    const next: Omit<Frame, 'node' | 'exit'> = { prior, reason, inLink: frame.inLink || name === 'a', inTable, kind, level };
    stack.push({ node, exit: true, ...next });
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false, ...next });
  }
  flush();
  return { segments, skipped };
}
