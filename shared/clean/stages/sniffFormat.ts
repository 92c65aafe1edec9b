import type { ClippingFormat } from '../../model/CleanArticle';

/**
 * Decides how to read a clipping from its content, with the file name as a tie-breaker:
 * save-as-text dumps are often named .html and Markdown mirrors .txt.
 */
export function sniffFormat(text: string, fileName: string): ClippingFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<(!doctype|html))/iu.test(head)) return 'html';
  const sample = text.slice(0, 200_000);
  // A saved page may open with comments, scripts or a stray BOM; its skeleton tags still give it away.
  if (/<html[\s>]/iu.test(sample) && /<(head|body)[\s>]/iu.test(sample)) return 'html';
  const tags = (sample.match(/<\/?(p|div|span|a|br|li|td|img|h[1-6]|table|section|article)\b[^>]*>/giu) ?? []).length;
  const lines = sample.split('\n').length;
  const mdSignals =
    (sample.match(/^#{1,6}\s+\S/gmu) ?? []).length +
    (sample.match(/\[[^\]\n]*\]\([^)\n]+\)/gu) ?? []).length +
    (sample.match(/^\s*([-*+]|\d+\.)\s+\S/gmu) ?? []).length / 3;
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (mdSignals >= 3 || ((ext === 'md' || ext === 'markdown') && mdSignals >= 1)) return 'markdown';
  if (tags >= 5 && tags > lines / 20) return 'html';
  if (/^(html?|xhtml|shtml)$/u.test(ext) && /<(body|p|div)\b/iu.test(sample)) return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  return 'text';
}
