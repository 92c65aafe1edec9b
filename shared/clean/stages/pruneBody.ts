import { BARE_COUNTER, BARE_DATETIME } from '../patterns/boilerplatePatterns';
import type { Segment } from '../Segment';
import { comparable, textStats } from '../text/textStats';

const LABEL_PREFIX = /^[^:：]{1,8}[:：]\s*/u;

/**
 * Inside the chosen span, drops what is still not article: rule-matched blocks, the headline
 * repeated (image alt text, a second headline), bare dates and counters, and excerpts that
 * repeat a later paragraph (核心提示, summaries).
 */
export function pruneBody(segments: Segment[], first: number, last: number, title: string | null): void {
  const titleKey = title ? comparable(title) : '';
  for (let i = first; i <= last; i++) {
    const seg = segments[i]!;
    seg.keep = true;
    if (seg.reason) {
      seg.keep = false;
      continue;
    }
    const key = comparable(seg.text);
    if (titleKey && key && (key === titleKey || (key.includes(titleKey) && key.length <= titleKey.length + 12))) {
      seg.reason = 'duplicate-title';
      seg.keep = false;
    } else if (!seg.inTable && (BARE_DATETIME.test(seg.text) || BARE_COUNTER.test(seg.text))) {
      // (A table's cells are data: a date or a number there is what the table says.)
      seg.reason = 'metadata';
      seg.keep = false;
    }
  }
  const kept = segments.slice(first, last + 1).filter((s) => s.keep);
  // Only a lead (summary, excerpt) repeats what follows it; later repeats are the author's own.
  for (const [k, seg] of kept.slice(0, 3).entries()) {
    const key = comparable(seg.text.replace(LABEL_PREFIX, ''));
    if (key.length < 16 || textStats(seg.text).punct === 0) continue;
    const container = kept.slice(k + 1).find((o) => o.keep && o.text.length > seg.text.length && comparable(o.text).includes(key));
    if (container) {
      seg.reason = 'metadata';
      seg.keep = false;
    }
  }
}

/**
 * Wire stories end with the author's card: the name again on a line of its own (often in
 * capitals), then a line of bio ("Lee covers the Mountain West for …") and contact links. When
 * the byline's name comes back as a whole line among the last few kept blocks and only short
 * lines follow it, the card is metadata, not article.
 */
export function dropAuthorCard(segments: Segment[], first: number, last: number, author: string): void {
  const name = comparable(author);
  if (name.length < 4) return;
  const kept: number[] = [];
  for (let i = first; i <= last; i++) if (segments[i]!.keep) kept.push(i);
  const tail = kept.slice(-5);
  const at = tail.findIndex((i) => comparable(segments[i]!.text) === name);
  if (at < 0 || kept.length - tail.length + at < 3) return;
  const card = tail.slice(at);
  if (card.slice(1).some((i) => textStats(segments[i]!.text).units > 60)) return;
  for (const i of card) {
    segments[i]!.keep = false;
    segments[i]!.reason = 'metadata';
  }
}
