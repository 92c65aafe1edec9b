import type { PublishedKind } from '../../model/CleanArticle';
import type { Segment } from '../Segment';
import { dateFromUrl, findDates } from '../text/findDates';
import { BARE_DATETIME } from '../patterns/boilerplatePatterns';

/** The publication date decision and its evidence. */
export interface DateDecision {
  published: string | null;
  publishedKind: PublishedKind;
  publishedText: string | null;
  captured: string | null;
}

const CAPTURE_LABEL = /(快照|抓取|采集|收录|截图|保存|存档|captured|archived|saved|snapshot|retrieved|accessed)/iu;
const PUBLISH_LABEL = /(发布|发表|刊发|出版|上线|首发|日期|时间|published|posted|updated|date|on\s)/iu;
const DATELINE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(讯|电|报道)/u;

/** `18-03-08 23:16` or `18-03-0823:16` (Baidu's feeds glue the time on): a two-digit year, trusted only right after a publish label. */
const SHORT_YEAR = /^(\d{2})-(\d{1,2})-(\d{2})\s*(?:(\d{1,2}):(\d{2}))?(?!\d)/u;

function shortYearDate(text: string): { iso: string; index: number } | undefined {
  const m = SHORT_YEAR.exec(text);
  if (!m) return undefined;
  const found = findDates(`20${m[1]}-${m[2]}-${m[3]}${m[4] ? ` ${m[4]}:${m[5]}` : ''}`)[0];
  return found ? { iso: found.iso, index: 0 } : undefined;
}

/**
 * Some layouts print the year, the day and the time in separate boxes, so a dump has them on
 * lines of their own (`2019` / `09/07` / `19:02`). Read together they are one date.
 */
function splitDateLines(segments: Segment[], i: number): string | null {
  const year = segments[i]?.text.trim() ?? '';
  const day = segments[i + 1]?.text.trim() ?? '';
  if (!/^(?:19|20)\d{2}$/u.test(year) || !/^\d{1,2}[/.-]\d{1,2}$/u.test(day)) return null;
  const time = segments[i + 2]?.text.trim() ?? '';
  const [month, date] = day.split(/[/.-]/u);
  return `${year}-${month}-${date}${/^\d{1,2}:\d{2}$/u.test(time) ? ` ${time}` : ''}`;
}

/**
 * Publication date from the text around the headline. Only a date in the header (between the
 * headline and the body), a labelled one, a dateline (`…2021年05月20日讯`) or a date in the
 * original URL counts as publication. A timestamp elsewhere (after a recommendation list, by an
 * author card) is a display or capture time and is never presented as the publication date.
 */
export function findDateline(segments: Segment[], titleIndex: number, bodyFirst: number, url: string | null): DateDecision {
  const decision: DateDecision = { published: null, publishedKind: 'unknown', publishedText: null, captured: null };
  for (const seg of segments) {
    if (!decision.captured && CAPTURE_LABEL.test(seg.text)) {
      const d = findDates(seg.text)[0];
      if (d) decision.captured = d.iso;
    }
  }
  const from = Math.max(0, (titleIndex >= 0 ? titleIndex : bodyFirst) - 4);
  // The header runs to the first real paragraph: bylines and date lines sit between it and the headline.
  const headerStart = Math.max(bodyFirst, titleIndex + 1);
  let headerEnd = headerStart;
  while (headerEnd < segments.length && headerEnd < headerStart + 8 && segments[headerEnd]!.score <= 20) headerEnd++;
  const to = Math.min(segments.length - 1, headerEnd + 1);
  for (let i = from; i <= to; i++) {
    const seg = segments[i]!;
    if (CAPTURE_LABEL.test(seg.text)) continue;
    const split = i < headerEnd ? splitDateLines(segments, i) : null;
    if (split) {
      const d = findDates(split)[0];
      if (d) return { ...decision, published: d.iso, publishedKind: 'published', publishedText: split };
    }
    const d = findDates(seg.text)[0];
    // Inside the body only a dateline, a labelled date or a line that is only a date counts;
    // prose mentions dates all the time. (A gallery page prints its first caption above the date.)
    if (d && (i < headerEnd || BARE_DATETIME.test(seg.text) || PUBLISH_LABEL.test(seg.text.slice(0, d.index)) || DATELINE.test(seg.text))) {
      return { ...decision, published: d.iso, publishedKind: 'published', publishedText: seg.text.slice(0, 200) };
    }
  }
  for (const seg of segments.slice(bodyFirst, bodyFirst + 3)) {
    const m = DATELINE.exec(seg.text);
    const d = m ? findDates(m[0])[0] : undefined;
    if (d) return { ...decision, published: d.iso.slice(0, 10), publishedKind: 'published', publishedText: m![0] };
  }
  const fromUrl = url ? dateFromUrl(url) : null;
  if (fromUrl) return { ...decision, published: fromUrl, publishedKind: 'published', publishedText: url };
  for (const seg of segments) {
    const m = /(发布(时间|日期|于)|发表(于|时间|日期)|Published( on)?|Posted( on)?)\s*[:：]?\s*/iu.exec(seg.text);
    if (!m) continue;
    const after = seg.text.slice(m.index);
    const d = findDates(after)[0] ?? shortYearDate(after.slice(m[0].length));
    if (d && d.index < 40) return { ...decision, published: d.iso, publishedKind: 'published', publishedText: seg.text.slice(0, 200) };
  }
  if (decision.captured) decision.publishedKind = 'captured';
  return decision;
}
