/**
 * The per-highlight template of the Markdown export. Variables are written `{{name}}`; every
 * value is already Markdown-safe (escaped), so a template cannot be broken by what a quote holds.
 * Lines that end up empty because their variables were empty are dropped.
 */

/** The variables a highlight template may use, with what each holds (shown in the export dialog). */
export const TEMPLATE_VARIABLES = {
  quote: 'The highlighted passage as a block quote (every line starts with `> `)',
  text: 'The highlighted passage as a plain paragraph',
  color: 'The highlight colour name, e.g. Yellow',
  code: 'Source grade and credibility, e.g. B2 (`ungraded` when neither is set)',
  credibility: 'Credibility 1–6 with its meaning, e.g. 2 Probably true (empty when ungraded)',
  note: 'The note on the highlight',
  tags: 'The highlight’s tags, comma-separated',
  citation: 'The citation line: — source, date, URL',
  title: 'The article title',
  source: 'The source name',
  date: 'The publication (or capture) date',
  url: 'The article URL',
} as const;

/** A template variable's name. */
export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;
/** Values for one highlight, all already escaped. */
export type TemplateValues = Record<TemplateVariable, string>;

/** The default: the quote, then its colour and grade, the note, and the citation. */
export const DEFAULT_HIGHLIGHT_TEMPLATE = '{{quote}}\n\n{{color}} · {{code}}\n\n{{note}}\n\n{{citation}}';

const VARIABLE = /\{\{\s*([a-z_]+)\s*\}\}/gu;

/** Names used in a template that are not variables, so the dialog can say which ones are wrong. */
export function unknownTemplateVariables(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(VARIABLE)) {
    const name = match[1] ?? '';
    if (!(name in TEMPLATE_VARIABLES)) unknown.add(name);
  }
  return [...unknown];
}

/** Fills a template for one highlight; unknown variables stay as written. */
export function renderTemplate(template: string, values: TemplateValues): string {
  const lines = template.replace(/\r\n?/gu, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    let usedVariable = false;
    let allEmpty = true;
    const filled = line.replace(VARIABLE, (whole, name: string) => {
      if (!(name in TEMPLATE_VARIABLES)) return whole;
      usedVariable = true;
      const value = values[name as TemplateVariable];
      if (value !== '') allEmpty = false;
      return value;
    });
    // `{{color}} · {{code}}` with both empty leaves only the separator: drop the line.
    if (usedVariable && allEmpty) continue;
    out.push(filled);
  }
  // Only blank lines are trimmed: a note may end in a character a renderer must keep.
  return out.join('\n').replace(/\n{3,}/gu, '\n\n').replace(/^\n+|\n+$/gu, '');
}
