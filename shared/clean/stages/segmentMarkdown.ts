import type { CheerioAPI } from 'cheerio';
import { makeSegment, type Segment } from '../Segment';
import { decodeEntities } from '../html/flattenHtml';
import { htmlSegments, type DomNode } from '../html/htmlSegments';

/** An HTML block inside Markdown: starts at a line opening with a tag, ends at a blank line (CommonMark). */
const HTML_BLOCK_START = /^\s*<\/?([a-zA-Z][\w-]*)[\s/>]/u;
const MD_LINK = /!?\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/gu;

function markdownLine(line: string, start: number): Segment | null {
  const trimmed = line.trim();
  if (!trimmed || /^([-*_=]\s*){3,}$/u.test(trimmed)) return null;
  let kind: Segment['kind'] = 'paragraph';
  let level: number | undefined;
  let body = trimmed;
  const heading = /^(#{1,6})\s+(.*)$/u.exec(body);
  if (heading) {
    kind = 'heading';
    level = heading[1]!.length;
    body = heading[2]!;
  } else if (/^>\s?/u.test(body)) {
    kind = 'quote';
    body = body.replace(/^>\s?/u, '');
  } else if (/^([-*+]|\d+[.)])\s+/u.test(body)) {
    kind = 'list-item';
    body = body.replace(/^([-*+]|\d+[.)])\s+/u, '');
  }
  let linkChars = 0;
  const imageOnly = /^!\[[^\]]*\]\([^)]*\)$/u.test(body);
  body = body.replace(MD_LINK, (_m, label: string) => {
    linkChars += label.trim().length;
    return label;
  });
  body = decodeEntities(body.replace(/<[^>]+>/gu, '')).replace(/[*_`]{1,3}([^*_`]+)[*_`]{1,3}/gu, '$1').replace(/\s+/gu, ' ').trim();
  if (!body && !imageOnly) return null;
  const seg = makeSegment(imageOnly ? trimmed : body, start, start + line.length, kind);
  seg.level = level;
  seg.linkChars = linkChars;
  return seg;
}

/**
 * Markdown with raw HTML -> segments. Markdown lines are read as lines (a mirror's menus are
 * lines of links); HTML blocks are parsed as HTML so inline tags join their sentence.
 */
export function segmentMarkdown(text: string, loadHtml: (html: string) => CheerioAPI): Segment[] {
  const segments: Segment[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (HTML_BLOCK_START.test(line)) {
      let j = i, end = offset;
      while (j < lines.length && lines[j]!.trim() !== '') end += lines[j++]!.length + 1;
      const chunk = text.slice(offset, end);
      const $ = loadHtml(chunk);
      const { segments: inner } = htmlSegments($.root()[0] as unknown as DomNode);
      for (const seg of inner) {
        seg.start += offset;
        seg.end += offset;
        segments.push(seg);
      }
      offset = end;
      i = j;
      continue;
    }
    const seg = markdownLine(line, offset);
    if (seg) segments.push(seg);
    offset += line.length + 1;
    i++;
  }
  return segments;
}
