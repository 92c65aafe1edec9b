import { BARE_DATETIME, ENDS_WITH_RELATIVE_TIME, ENDS_WITH_STAMP, RELATED_LINK } from '../patterns/boilerplatePatterns';
import type { Segment } from '../Segment';
import { findDates } from '../text/findDates';
import { comparable, textStats } from '../text/textStats';

/** Photo credits and captions: 供图, 截图, 摄, 图片来源, 资料图, Photo: … */
const CAPTION = /(供图|截图|（.{0,12}摄）|\(.{0,12}摄\)|图片来源|资料图|视觉中国|^图[为：:/]|^▲|^△|Photo:|Image:|Credit:|Getty Images|Reuters$|AP Photo)/iu;
/**
 * The lines under a headline: "By Jane Doe", "by: Jane Doe", "From: The Courier", "Reviewed by …",
 * "Edited by …", 作者/记者/来源 …, "Posted …".
 */
const BYLINE = /^(by|von|par|por|di|door)\s*[:：]?\s+\p{Lu}|^(from|source|via)\s*[:：]|^((medically )?reviewed|edited|written|reported|compiled|photo(graph)?s?|illustrations?|words|story|text|reporting)( and \w+)? by\b|^(作者|记者|文|来源|编辑|发布)|^(posted|published|updated)\b/iu;

/** Splits a document title like `Headline - Section - Site` or `Headline_Site` into its parts. */
export function splitTitleParts(text: string): string[] {
  return text.split(/\s+[-–—|·]\s+|\s*[|｜_]\s*|\s+-\s*/u).map((p) => p.trim()).filter(Boolean);
}

/** A headline's length: a few words up to a long Chinese headline. */
function headlineLength(text: string): boolean {
  const { units, cjk, words } = textStats(text);
  if (cjk >= 4) return cjk >= 5 && units <= 90;
  // Words, not figures: a ticker line (-14.43 (-0.68%)) has four "words" and no letters.
  return words >= 2 && words <= 30 && (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2;
}

/**
 * Picks the headline from the segments before the body. Evidence: a heading tag, the text
 * appearing again elsewhere (alt text, the page title line `Headline - Site`), metadata or a
 * share bar right after it, closeness to the body; sentences and chrome count against.
 */
export function findTitle(segments: Segment[], bodyFirst: number, documentTitle: string | null): { text: string; index: number } | null {
  const docParts = documentTitle ? splitTitleParts(documentTitle).map(comparable) : [];
  // The page's declared headline printed as a line before the body is the title, whatever else
  // that line was taken for (a headline inside a container named like a promo box, say).
  const declared = documentTitle ? comparable(documentTitle) : '';
  if (declared.length >= 4) {
    for (let i = Math.min(segments.length - 1, bodyFirst); i >= 0; i--) {
      const text = segments[i]!.text.replace(/^#+\s*/u, '').trim();
      if (comparable(text) === declared) return { text, index: i };
    }
  }
  const counts = new Map<string, number>();
  for (const s of segments) {
    const key = comparable(s.text);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const firstLineParts = segments[0] ? splitTitleParts(segments[0].text).map(comparable) : [];
  const firstHeading = segments.findIndex((s) => s.kind === 'heading' && s.linkChars < s.text.length * 0.5);
  const seen = new Set<string>();
  let best: { text: string; index: number; score: number } | null = null;
  const from = Math.max(0, bodyFirst - 30);
  const to = Math.min(segments.length - 1, bodyFirst + 6);
  for (let i = from; i <= to; i++) {
    const seg = segments[i]!;
    // Badges pages print before a headline (原创, 独家) are not part of it.
    const text = seg.text.replace(/^#+\s*/u, '').replace(/^(原创|独家|转载|置顶|推荐|热门|视频|图集)\s*(?=\p{Script=Han}{6})/u, '').trim();
    if (!headlineLength(text) || BARE_DATETIME.test(text) || RELATED_LINK.test(text)) continue;
    if (seg.reason && seg.reason !== 'related' && seg.reason !== 'duplicate-title') continue;
    const key = comparable(text);
    // A headline repeated inside the article (image alt text) is judged at its first appearance only;
    // above the article each appearance is judged (a share box may print it before the header does).
    if (seen.has(key) && i >= bodyFirst) continue;
    seen.add(key);
    const st = textStats(text);
    let score = 0;
    if (seg.kind === 'heading') score += seg.level === 1 ? 6 : 2;
    // A headline repeats (alt text, a share line); a menu label repeats too (header and footer), so only a headline-length line gains.
    const headlineShaped = st.cjk >= 8 || (st.cjk < 4 && st.words >= 4);
    if ((counts.get(key) ?? 0) > 1 && headlineShaped) score += 2;
    if (docParts.includes(key)) score += 8;
    else if (docParts.some((p) => p.length > 4 && (p.includes(key) || key.includes(p)))) score += 4;
    if (i > 0 && firstLineParts.length > 1 && firstLineParts[0] === key) score += 4;
    // What follows a headline: a byline, a date, a share bar, or the article itself.
    const after = segments.slice(i + 1, i + 4);
    // The canonical news header: headline, then a date with the outlet or author.
    // A relative time ("Alex Perry 1 day ago") dates the story as well as a calendar date does
    // (a clock time alone may be a video's countdown).
    const dated = segments.slice(i + 1, i + 6).findIndex((n) => textStats(n.text).units < 60 && (findDates(n.text).length > 0 || ENDS_WITH_RELATIVE_TIME.test(n.text)));
    if (dated >= 0) score += dated === 0 ? 7 : dated === 1 ? 6 : 5;
    else if (after.some((n) => n.reason === 'metadata' || n.reason === 'share' || BYLINE.test(n.text))) score += 3;
    if (/。./u.test(text)) score -= 3;
    if (CAPTION.test(text)) score -= 4;
    if (after.slice(0, 2).some((n) => n.score > 15)) score += 2;
    if ((st.cjk >= 8 && st.cjk <= 45) || (st.cjk < 4 && st.words >= 4 && st.words <= 18)) score += 2;
    if (st.cjk < 4 && st.words <= 3) score -= 3;
    // Chinese headlines run 10–40 characters; a 5-character line is a name or a menu label.
    if (st.cjk >= 4 && st.cjk < 8) score -= 2;
    // A standfirst under the headline is a longer sentence; headlines rarely pass 14 words or 36 characters.
    // An English headline with a subtitle after a colon may run to 20 words; a standfirst ends like a sentence.
    if ((st.cjk < 4 && st.words >= 15 && (st.words > 22 || /[.!]$/u.test(text))) || st.cjk > 36) score -= 3;
    else if (st.cjk < 4 && st.words >= 15) score -= 1;
    // A line that is mostly a full date is a dateline or a list entry ("Yahoo FinanceOctober 13, 2016");
    // a headline may carry a date among many words ("Weekly briefing, March 18, 2015: ministers …").
    const date = findDates(text)[0];
    if (date && textStats(text.replace(date.raw, ' ')).words <= 4) score -= 3;
    if (st.cjk < 4 && /^[A-Z0-9'"‘“]/u.test(text) && text.split(/\s+/u).filter((w) => /^[A-Z]/u.test(w)).length >= Math.min(3, st.words)) score += 1;
    // A sentence ends in a full stop; a headline may end in an abbreviation's (N.Y.C., U.S.).
    // One sentence with a full stop is a standfirst more often than a headline.
    if (/[。.]$/u.test(text) && !/(?:^|[\s.])\p{Lu}\.$/u.test(text)) score -= st.punct > 1 ? 4 : 2;
    if (/[:：]$/u.test(text)) score -= 3;
    // A line that stops on "by", "of" or "the" is a fragment ("US & Canada is sponsored by"), not a headline.
    if (st.cjk < 4 && /\s(by|of|the|and|to|for|with|a|an|from)$/iu.test(text)) score -= 4;
    if (st.punct > 4) score -= 2;
    if (seg.linkChars > text.length * 0.5) score -= 6;
    if (seg.kind === 'heading' && i === firstHeading) score += 2;
    if (seg.score > 30 && i >= bodyFirst) score -= 4;
    if (i === bodyFirst) score -= 2;
    // Past the body's first paragraphs a headline-shaped line is a subheading.
    if (i > bodyFirst) score -= 3 + 2 * segments.slice(bodyFirst, i).filter((s) => s.score > 20).length;
    if (/(记者|通讯员|编辑|特约|撰稿|作者)/u.test(text) && st.cjk < 16) score -= 5;
    // An author card: a name and the post it holds (王文中国人民大学重阳金融研究院执行院长). Headlines do not end in a job title.
    if (st.cjk >= 4 && /(院长|所长|主任|教授|研究员|总监|总裁|董事长|总经理|主编|主笔|专栏作家|评论员|分析师|博士|学者)$/u.test(text)) score -= 4;
    // A byline or post line is the line under a headline, never the headline.
    if (BYLINE.test(text)) score -= 6;
    // So is a line ending in a time ("Dana Whitfield 2 days ago", "新华社 10:32"): a byline or a list entry.
    if (ENDS_WITH_STAMP.test(text)) score -= 6;
    score -= Math.abs(bodyFirst - i) * 0.12;
    if (!best || score > best.score) best = { text, index: i, score };
  }
  if (best && best.score > 0) return { text: best.text, index: best.index };
  if (documentTitle) {
    const parts = splitTitleParts(documentTitle);
    const text = parts.reduce((a, b) => (textStats(b).units > textStats(a).units ? b : a), parts[0] ?? documentTitle);
    return { text, index: -1 };
  }
  return null;
}
