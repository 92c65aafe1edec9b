import type { ExportFile } from '../ipc/contract';
import { escapeInline } from './escapeMarkdown';
import type { ExportItem, ExportOptions } from './ExportModel';
import { frontMatter } from './frontMatter';
import { renderArticleFile, renderArticleSection } from './renderArticle';
import { safeBaseName, uniqueFileNames } from './safeFileName';

/** One group of articles: under a heading (one file) or in a sub-folder (folder export). */
interface ExportGroup {
  name: string | null;
  items: ExportItem[];
}

/**
 * Groups articles in the caller's order. By source: one group per source (no source last). By
 * tag: an article appears under each of its tags; untagged ones last.
 */
export function groupItems(items: ExportItem[], groupBy: ExportOptions['groupBy']): ExportGroup[] {
  if (groupBy === 'article') return [{ name: null, items }];
  const groups = new Map<string, ExportItem[]>();
  const rest: ExportItem[] = [];
  for (const item of items) {
    const names = groupBy === 'source' ? [item.source?.name ?? item.article.sourceName].filter((n): n is string => !!n) : item.article.tags;
    if (names.length === 0) rest.push(item);
    for (const name of names) groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  const named = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, groupItems]) => ({ name, items: groupItems }));
  const restName = groupBy === 'source' ? 'No source' : 'Untagged';
  return rest.length > 0 ? [...named, { name: restName, items: rest }] : named;
}

/** The whole export as one Markdown file. */
function oneFile(items: ExportItem[], options: ExportOptions): ExportFile {
  const groups = groupItems(items, options.groupBy);
  const head = frontMatter({ title: 'Gleaner notes', articles: items.length, group_by: options.groupBy, exported_at: options.exportedAt.toISOString() });
  const sections = groups.map((group) => {
    const articleLevel = group.name === null ? 1 : 2;
    const articles = group.items.map((item) => renderArticleSection(item, options, articleLevel));
    return group.name === null ? articles.join('\n\n') : [`# ${escapeInline(group.name) || 'Untitled'}`, ...articles].join('\n\n');
  });
  const date = options.exportedAt.toISOString().slice(0, 10);
  const name = items.length === 1 && items[0] ? `${safeBaseName(items[0].article.title)}.md` : `Gleaner notes ${date}.md`;
  return { name, content: `${head}\n${sections.join('\n\n')}\n` };
}

/** One file per article, in a sub-folder per group when grouped; names unique per folder. */
function folder(items: ExportItem[], options: ExportOptions): ExportFile[] {
  const groups = groupItems(items, options.groupBy);
  const folderNames = uniqueFileNames(groups.map((group) => (group.name === null ? '' : safeBaseName(group.name))), '');
  return groups.flatMap((group, index) => {
    const prefix = group.name === null ? '' : `${folderNames[index]}/`;
    const names = uniqueFileNames(group.items.map((item) => safeBaseName(item.article.title)), '.md');
    return group.items.map((item, i) => ({ name: `${prefix}${names[i]}`, content: renderArticleFile(item, options) }));
  });
}

/**
 * The Markdown export: one file, or one file per article. Pure: the caller writes the files
 * through the platform (which never overwrites and never leaves the chosen folder).
 */
export function exportMarkdown(items: ExportItem[], options: ExportOptions): ExportFile[] {
  return options.mode === 'one-file' ? [oneFile(items, options)] : folder(items, options);
}
