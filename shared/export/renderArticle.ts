import type { Highlight } from '../model/Library';
import { escapeInline, escapeParagraph } from './escapeMarkdown';
import type { ExportItem, ExportOptions } from './ExportModel';
import { frontMatter, toYaml, type FrontMatterValue } from './frontMatter';
import { articleGrade, renderHighlight } from './renderHighlight';

/** The article's metadata, as front matter (folder export) or a YAML block (one-file export). */
export function articleMetadata(item: ExportItem, exportedAt: Date): Record<string, FrontMatterValue> {
  const { article, source } = item;
  const data: Record<string, FrontMatterValue> = { title: article.title };
  const sourceName = source?.name ?? article.sourceName;
  if (sourceName) data.source = sourceName;
  if (sourceName || article.gradeOverride) data.source_grade = articleGrade(article, source) ?? 'ungraded';
  if (article.author) data.author = article.author;
  if (article.url) data.url = article.url;
  if (article.published) {
    data.published = article.published;
    data.published_kind = article.publishedKind;
  }
  data.tags = [...article.tags];
  data.exported_at = exportedAt.toISOString();
  data.gleaner_id = article.id;
  return data;
}

/** Highlights to export, in document order, split into anchored and orphaned. */
export function orderedHighlights(highlights: Highlight[], colors: string[] | null): { anchored: Highlight[]; orphans: Highlight[] } {
  const kept = highlights
    .filter((highlight) => highlight.deletedAt === null && (colors === null || colors.includes(highlight.color)))
    .sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end || a.createdAt - b.createdAt);
  return { anchored: kept.filter((h) => h.anchor !== 'orphan'), orphans: kept.filter((h) => h.anchor === 'orphan') };
}

const heading = (level: number, text: string): string => `${'#'.repeat(Math.min(level, 6))} ${text}`;

/** The article's body: title, document note, highlights, orphans and (optionally) the full text. */
export function renderArticleBody(item: ExportItem, options: ExportOptions, level: number): string {
  const { article, source } = item;
  const parts: string[] = [heading(level, escapeInline(article.title) || 'Untitled')];
  if (item.documentNote.trim() !== '') parts.push(heading(level + 1, 'Note'), item.documentNote.replace(/\r\n?/gu, '\n').trim());
  const { anchored, orphans } = orderedHighlights(item.highlights, options.colors);
  if (anchored.length > 0) {
    parts.push(heading(level + 1, 'Highlights'), ...anchored.map((h) => renderHighlight(h, article, source, options.template)));
  }
  if (orphans.length > 0) {
    parts.push(heading(level + 1, 'Orphaned highlights'), '*These passages were not found in the current version of the article.*');
    parts.push(...orphans.map((h) => renderHighlight(h, article, source, options.template)));
  }
  if (options.includeCleanText && item.cleanText) {
    const paragraphs = item.cleanText.replace(/\r\n?/gu, '\n').split(/\n{2,}/u).filter((p) => p.trim() !== '');
    parts.push(heading(level + 1, 'Full text'), ...paragraphs.map(escapeParagraph));
  }
  // A blank line between blocks: it also ends each block quote, so quotes never run together.
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

/** A whole file for one article: front matter, then the body. */
export function renderArticleFile(item: ExportItem, options: ExportOptions): string {
  return `${frontMatter(articleMetadata(item, options.exportedAt))}\n${renderArticleBody(item, options, 1)}`;
}

/** An article inside a one-file export: heading, its metadata as a fenced YAML block, then the rest. */
export function renderArticleSection(item: ExportItem, options: ExportOptions, level: number): string {
  // Every YAML line starts with a key or `  - "`, never a backtick, so a ``` fence cannot be closed early.
  const [title, ...rest] = renderArticleBody(item, options, level).split('\n\n');
  const metadata = `\`\`\`yaml\n${toYaml(articleMetadata(item, options.exportedAt))}\`\`\``;
  return `${[title, metadata, ...rest].join('\n\n')}`;
}
