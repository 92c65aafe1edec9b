import { decodeEntityAt } from './htmlEntities';
import type { MatchFormat } from './normalizeForMatch';

const TAG = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?[a-zA-Z!?][^>]*>/gi;

/**
 * The readable text of `original[start, end)`: for HTML, markup dropped and references decoded.
 * Whitespace is collapsed to single spaces. Used when the user restores a region the cleaner removed.
 */
export function plainTextOf(original: string, start: number, end: number, format: MatchFormat): string {
  let text = original.slice(start, end);
  if (format === 'html') {
    text = text.replace(TAG, ' ');
    let out = '';
    for (let i = 0; i < text.length; ) {
      const ref = text[i] === '&' ? decodeEntityAt(text, i) : null;
      if (ref) {
        out += ref.text;
        i += ref.length;
      } else {
        out += text[i];
        i++;
      }
    }
    text = out;
  }
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
