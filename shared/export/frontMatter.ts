import { parse, stringify } from 'yaml';

/** Values a front matter may hold: scalars and lists of strings. */
export type FrontMatterValue = string | number | boolean | null | string[];

/**
 * Characters that are legal inside a YAML double-quoted string but would reorder or hide the
 * file's text in an editor (bidi controls, zero-width, line/paragraph separators, NEL).
 */
const INVISIBLE = /[\u0085\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;

/**
 * Serializes data as YAML with every string double-quoted on one line, so no value, whatever a
 * title holds (`\n---\nevil: true`, `#`, `: `, NUL), can end the block or add a key.
 */
export function toYaml(data: Record<string, FrontMatterValue>): string {
  const yaml = stringify(data, { lineWidth: 0, minContentWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  // Every invisible character sits inside a double-quoted scalar, where `\uXXXX` is the same text.
  return yaml.replace(INVISIBLE, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** A front matter block: `---`, YAML, `---`. */
export function frontMatter(data: Record<string, FrontMatterValue>): string {
  return `---\n${toYaml(data)}---\n`;
}

/** Reads the front matter back (YAML core schema, no custom tags); null when there is none. */
export function parseFrontMatter(markdown: string): { data: unknown; body: string } | null {
  const match = /^---\n([\s\S]*?\n)?---\n/u.exec(markdown);
  if (!match) return null;
  return { data: parse(match[1] ?? '', { schema: 'core' }), body: markdown.slice(match[0].length) };
}
