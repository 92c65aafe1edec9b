/**
 * What the cleaner's `html` may contain (issue 3): p, h1–h6, blockquote, ul/ol/li,
 * figure/figcaption, em/strong/b/i, br, a with an http(s) href, img with a data: or app: src.
 * Checked on the markup string, where any literal `<` is a tag because text is escaped. Env-free;
 * the DOM-level check (jsdom + DOMPurify) lives in the tests.
 */

const ALLOWED_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption', 'em', 'strong', 'b', 'i', 'br', 'a', 'img']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title']);

/** Every way `html` breaks the allowlist, in words; empty when it is clean. */
export function htmlSafetyProblems(html: string): string[] {
  const problems: string[] = [];
  if (/javascript:/iu.test(html)) problems.push('contains "javascript:"');
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/gu)) {
    const tag = m[1]!.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) problems.push(`tag <${tag}>`);
    for (const a of m[2]!.matchAll(/([^\s"'=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/gu)) {
      const name = a[1]!.toLowerCase();
      const value = (a[2] ?? '').replace(/^["']|["']$/gu, '').trim();
      if (!ALLOWED_ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${tag}>`);
      else if (name === 'href' && !/^https?:\/\//iu.test(value)) problems.push(`href ${value.slice(0, 40)}`);
      else if (name === 'src' && !/^(data:|app:)/iu.test(value)) problems.push(`src ${value.slice(0, 40)}`);
    }
  }
  if (/<[^>]*\son[a-z]+\s*=/iu.test(html)) problems.push('an on* attribute');
  return problems;
}
