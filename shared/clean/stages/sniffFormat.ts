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
  const tagPattern = /<\/?(p|div|span|a|br|li|td|img|h[1-6]|table|section|article)\b[^>]*>/iu;
  const tags = (sample.match(new RegExp(tagPattern.source, 'giu')) ?? []).length;
  const lines = sample.split('\n').filter((line) => line.trim() !== '');
  // A text dump may carry a few lines of raw markup (an ad's <noscript> fallback); a fragment of
  // HTML has markup on a good share of its lines, however it is wrapped.
  const markupShare = lines.filter((line) => tagPattern.test(line)).length / Math.max(1, lines.length);
  const mdSignals =
    (sample.match(/^#{1,6}\s+\S/gmu) ?? []).length +
    (sample.match(/\[[^\]\n]*\]\([^)\n]+\)/gu) ?? []).length +
    (sample.match(/^\s*([-*+]|\d+\.)\s+\S/gmu) ?? []).length / 3;
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (mdSignals >= 3 || ((ext === 'md' || ext === 'markdown') && mdSignals >= 1)) return 'markdown';
  if (tags >= 5 && markupShare >= 0.25) return 'html';
  if (/^(html?|xhtml|shtml)$/u.test(ext) && /<(body|p|div)\b/iu.test(sample)) return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  return 'text';
}
