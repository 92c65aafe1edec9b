// Why this exists: Chromium checks the page's CSP when it *parses* markup, even into an inert
// DOMParser document: each on* attribute logs "Executing inline event handler violates ...
// script-src", each <base href> logs a base-uri violation. DOMPurify must parse the clipping to
// sanitize it, so a page with 40 handlers would log 40 errors in the app. This pass drops
// on* attributes and <base> tags from the markup text first.
//
// It is noise reduction, not a security boundary: DOMPurify, the frame's sandbox and its CSP
// are. Anything this scanner misses costs a console line, never a running script. It follows
// the HTML tokenizer's rules for tags, attributes, quotes, comments and raw text (script,
// style, textarea …), and tracks <svg>/<math>, where style and script are not raw text.

const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
const FOREIGN = new Set(['svg', 'math']);
const SPACE = /[\t\n\f\r ]/;

interface Tag {
  name: string;
  end: number;
  selfClosing: boolean;
  /** [start, end) of each on* attribute, in source order. */
  handlers: [number, number][];
}

/** Reads one start or end tag whose name begins at `at` (just after `<` or `</`). */
function readTag(html: string, at: number): Tag {
  let i = at;
  while (i < html.length && !SPACE.test(html[i]!) && html[i] !== '/' && html[i] !== '>') i++;
  const tag: Tag = { name: html.slice(at, i).toLowerCase(), end: html.length, selfClosing: false, handlers: [] };
  while (i < html.length) {
    const c = html[i]!;
    if (c === '>') {
      tag.end = i + 1;
      return tag;
    }
    if (SPACE.test(c) || c === '/') {
      tag.selfClosing = c === '/' && html[i + 1] === '>';
      i++;
      continue;
    }
    // An attribute: its name (a leading '=' belongs to the name), then an optional value.
    const start = i;
    i++;
    while (i < html.length && !/[\t\n\f\r />=]/.test(html[i]!)) i++;
    const name = html.slice(start, i).toLowerCase();
    let j = i;
    while (j < html.length && SPACE.test(html[j]!)) j++;
    if (html[j] === '=') {
      j++;
      while (j < html.length && SPACE.test(html[j]!)) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        j = close < 0 ? html.length : close + 1;
      } else {
        while (j < html.length && !SPACE.test(html[j]!) && html[j] !== '>') j++;
      }
      i = j;
    }
    if (name.startsWith('on')) tag.handlers.push([start, i]);
  }
  return tag;
}

/** Index of the next match of the global `pattern` from `from` (after it, if `past`); the end if none. Never copies `html`. */
function endOf(html: string, pattern: RegExp, from: number, past: boolean): number {
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) return html.length;
  return past ? match.index + match[0].length : match.index;
}

/** Where a comment or other `<!`/`<?`/`</` construct opened at `at` ends. */
function skipMarkupDeclaration(html: string, at: number, foreign: boolean): number {
  if (html.startsWith('<!--', at)) {
    if (html.startsWith('<!-->', at)) return at + 5;
    if (html.startsWith('<!--->', at)) return at + 6;
    return endOf(html, /--!?>/g, at + 4, true);
  }
  if (foreign && html.startsWith('<![CDATA[', at)) {
    const close = html.indexOf(']]>', at);
    return close < 0 ? html.length : close + 3;
  }
  const close = html.indexOf('>', at);
  return close < 0 ? html.length : close + 1;
}

/** `html` without on* attributes and <base> tags; everything else is left byte for byte. */
export function stripCspTriggers(html: string): string {
  const out: string[] = [];
  let copied = 0;
  let foreignDepth = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const next = html[i + 1] ?? '';
    let end: number;
    if (/[a-zA-Z]/.test(next)) {
      const tag = readTag(html, i + 1);
      const cuts: [number, number][] = tag.name === 'base' ? [[i, tag.end]] : tag.handlers;
      for (const [start, stop] of cuts) {
        out.push(html.slice(copied, start));
        copied = stop;
      }
      end = tag.end;
      if (FOREIGN.has(tag.name) && !tag.selfClosing) foreignDepth++;
      else if (foreignDepth === 0 && RAW_TEXT.has(tag.name)) {
        // Raw text runs to the matching end tag; markup inside it is text.
        end = endOf(html, new RegExp(`</${tag.name}[\\t\\n\\f\\r />]`, 'gi'), end, false);
      }
    } else if (next === '/' && /[a-zA-Z]/.test(html[i + 2] ?? '')) {
      const tag = readTag(html, i + 2);
      if (FOREIGN.has(tag.name) && foreignDepth > 0) foreignDepth--;
      end = tag.end;
    } else if (next === '!' || next === '?' || next === '/') {
      end = skipMarkupDeclaration(html, i, foreignDepth > 0);
    } else {
      end = i + 1;
    }
    i = html.indexOf('<', end);
  }
  out.push(html.slice(copied));
  return out.join('');
}
