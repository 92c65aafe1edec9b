import { CREDIBILITY_LABELS, gradeCode, type Article, type Highlight, type Source } from '../model/Library';
import { escapeInline, escapeParagraph, quoteBlock } from './escapeMarkdown';
import { colorName } from './ExportModel';
import { renderTemplate, type TemplateValues } from './highlightTemplate';

/** A URL as a Markdown autolink when it is a plain http(s) address, else as escaped text. */
export function markdownUrl(url: string | null): string {
  if (!url) return '';
  return /^https?:\/\/[^\s<>\\`\u0000-\u001f\u007f]+$/iu.test(url) ? `<${url}>` : escapeInline(url);
}

/** The date an article carries, saying when it is only a capture date. */
export function articleDate(article: Article): string {
  if (!article.published) return '';
  return article.publishedKind === 'captured' ? `captured ${article.published}` : article.published;
}

/** The effective source grade of an article: its own override, else its source's. */
export function articleGrade(article: Article, source: Source | null) {
  return article.gradeOverride ?? source?.grade ?? null;
}

/** `— source, date, <url>`, leaving out what is unknown. */
export function citationLine(article: Article, source: Source | null): string {
  const parts = [escapeInline(source?.name ?? article.sourceName ?? ''), escapeInline(articleDate(article)), markdownUrl(article.url)].filter((part) => part !== '');
  return parts.length === 0 ? '' : `— ${parts.join(', ')}`;
}

/** One highlight through the template. */
export function renderHighlight(highlight: Highlight, article: Article, source: Source | null, template: string): string {
  const grade = articleGrade(article, source);
  const values: TemplateValues = {
    quote: quoteBlock(highlight.quote.exact),
    text: escapeParagraph(highlight.quote.exact),
    color: escapeInline(colorName(highlight.color)),
    code: grade === null && highlight.credibility === null ? 'ungraded' : gradeCode(grade, highlight.credibility),
    credibility: highlight.credibility === null ? '' : `${highlight.credibility} ${CREDIBILITY_LABELS[highlight.credibility]}`,
    note: escapeParagraph(highlight.note),
    tags: escapeInline(highlight.tags.join(', ')),
    citation: citationLine(article, source),
    title: escapeInline(article.title),
    source: escapeInline(source?.name ?? article.sourceName ?? ''),
    date: escapeInline(articleDate(article)),
    url: markdownUrl(article.url),
  };
  return renderTemplate(template, values);
}
