import { makeSegment, type Segment } from '../Segment';

/**
 * A save-as-text dump -> one segment per non-empty line. Browsers write paragraphs with a
 * blank line between them and menu or list items on consecutive lines; that spacing is
 * evidence, so it is kept on the segment.
 */
export function segmentText(text: string, offset = 0): Segment[] {
  const segments: Segment[] = [];
  let pos = 0;
  let blank = true;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const seg = makeSegment(trimmed.replace(/\s+/gu, ' '), offset + pos + lead, offset + pos + lead + trimmed.length);
      seg.blankBefore = blank;
      segments.push(seg);
      blank = false;
    } else {
      blank = true;
    }
    pos = nl + 1;
  }
  return segments;
}
