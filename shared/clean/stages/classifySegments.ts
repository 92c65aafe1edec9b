import { BARE_COUNTER, BARE_DATETIME, ENDS_WITH_STAMP, IMAGE_DEBRIS, PHRASE_RULES, STAMP } from '../patterns/boilerplatePatterns';
import { findDates } from '../text/findDates';
import type { RemovalReason } from '../../model/CleanArticle';
import type { Segment } from '../Segment';
import { comparable, textStats } from '../text/textStats';

/**
 * Score of a section header (related list, comments, platform notice). In a dump nothing else
 * separates the article from what follows, so the wall is absolute; in HTML such headers also
 * sit in boxes inside articles (the DOM isolates those), so there it is only very heavy.
 */
const SECTION_WALL: Record<'html' | 'markdown' | 'text', number> = { html: -80, markdown: -1e6, text: -1e6 };

/** A breadcrumb: three or more short items joined by `>`, `»`, `›` or `/`. */
function isBreadcrumb(text: string): boolean {
  // Most lines have no separator at all; splitting each of them cost more than the rest of the rule.
  if (!/[>»›/]/u.test(text)) return false;
  const parts = text.split(/\s*[>»›]\s*|\s+\/\s+/u).filter(Boolean);
  if (parts.length >= 3 && parts.every((p) => textStats(p).units <= 12)) return true;
  // `首页 > 栏目 > A long headline`: a trail that ends in the page's own title.
  if (parts.length >= 2 && /[>»›]/u.test(text) && parts.slice(0, -1).every((p) => textStats(p).units <= 8)) {
    return parts.length >= 3 || textStats(parts[1]!).units <= 12 || /^(首页|Home)/iu.test(parts[0]!);
  }
  return false;
}

/** A short line carrying a timestamp, or a date with a label: a dateline or byline, not prose. */
function isMetadataLine(text: string, units: number): boolean {
  if (units > 50) return false;
  const d = findDates(text)[0];
  if (!d) return false;
  if (d.iso.includes('T') && units <= 40) return true;
  return /(来源|作者|编辑|字号|责编|记者|阅读|浏览|Source|By|Updated|Published)/iu.test(text);
}

/** Words English headlines leave in lower case when every other word is capitalized. */
const MINOR_WORDS = new Set('a an and as at but by for from in into nor of off on onto or out over per so than the to up upon via vs with yet'.split(' '));

/**
 * An English headline set in Title Case ("Police Arrest Three Students At Warwick"): four or more
 * main words, all capitalized, and no sentence ending. Article prose and list items inside an
 * article are sentences, with most words in lower case.
 */
function isTitleCaseHeadline(text: string): boolean {
  // A table row of names and figures (`Wellington 1 Auckland 1,628,900`) is data, not a headline.
  if (text.length > 300 || /[.!?:;,]$/u.test(text) || (text.match(/\d+/gu)?.length ?? 0) > 2) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length > 25) return false;
  const main = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  return main.length >= 4 && main.every((w) => /^\p{Lu}/u.test(w));
}

/** A line shaped like a headline in a list: mid-length, no sentence ending. */
function isHeadlineLike(seg: Segment): boolean {
  if (seg.reason) return false;
  const st = textStats(seg.text);
  if (st.cjk < 6) return st.cjk === 0 && isTitleCaseHeadline(seg.text);
  return st.units >= 6 && st.units <= 64 && !/[。！？!?.…”"」』：:；;]$/u.test(seg.text) && st.punct <= 3;
}

/**
 * Runs of headline-shaped lines with no prose between them are lists of other stories (or menus):
 * four in a row, or three when each is headline-length.
 */
function markHeadlineRuns(segments: Segment[]): void {
  let i = 0;
  while (i < segments.length) {
    if (!isHeadlineLike(segments[i]!)) {
      i++;
      continue;
    }
    // Short lines and already-named chrome between headlines do not break a run, but five of
    // them in a row end it: the next headline-shaped lines belong to something else.
    let j = i, count = 0, long = 0, end = i;
    while (j < segments.length && j - end < 5) {
      const s = segments[j]!;
      if (isHeadlineLike(s)) {
        count++;
        if (textStats(s.text).units >= 16) long++;
        end = j + 1;
      } else if (!(s.reason || textStats(s.text).units < 6)) break;
      j++;
    }
    j = end;
    // Lines broken like verse between an article's own paragraphs are part of it (WeChat style).
    const strong = (k: number): boolean => (segments[k]?.score ?? 0) > 40 || textStats(segments[k]?.text ?? '').units > 50;
    const sandwiched = [1, 2, 3, 4].some((d) => strong(i - d)) && [0, 1, 2].some((d) => strong(j + d));
    if (!sandwiched && (count >= 4 || (count >= 3 && long >= 3))) {
      for (let k = i; k < j; k++) segments[k]!.reason ??= 'related';
    }
    i = Math.max(j, i + 1);
  }
}

/** A row of short items joined by `|` or `·`: menus and footers. */
function isPipeMenu(text: string): boolean {
  if (!/[|｜·•]/u.test(text)) return false;
  const parts = text.split(/\s*[|｜·•]\s*/u).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => textStats(p).units <= 14);
}

/** A dump line that is mostly raw tags (noscript images, tracking pixels): markup, not text. */
function isMarkupLine(text: string): boolean {
  if (!/^<[a-z!/]/iu.test(text)) return false;
  const stripped = text.replace(/<[^>]*>?/gu, '').trim();
  return stripped.length < text.length * 0.3;
}

/**
 * A line of structured data shown as text (a JSON-LD block a page prints, a config object):
 * a quoted key and its value, or brackets alone. Its string values can be whole paragraphs
 * (`"reviewBody": "…"`), which would otherwise read as the article.
 */
const DATA_LINE = /^\s*(?:"[@$\w:-]+"\s*:\s*(?:".*"|-?[\d.]+|true|false|null|[[{])\s*,?|[[\]{}]+\s*,?)\s*$/u;

/** Names the boilerplate a segment's own text shows, if any. */
function phraseReason(seg: Segment): void {
  const { units } = textStats(seg.text);
  if (DATA_LINE.test(seg.text)) {
    seg.reason = 'other';
    return;
  }
  if (IMAGE_DEBRIS.some((re) => re.test(seg.text)) || isMarkupLine(seg.text)) {
    seg.reason = 'image-debris';
    return;
  }
  for (const rule of PHRASE_RULES) {
    if (units <= rule.maxUnits && rule.pattern.test(seg.text)) {
      seg.reason = rule.reason;
      seg.sectionBreak = rule.startsSection ?? false;
      return;
    }
  }
  if (isBreadcrumb(seg.text)) seg.reason = 'navigation';
  else if (isPipeMenu(seg.text)) seg.reason = units > 40 ? 'footer' : 'navigation';
  // A bare number is a share or like counter, unless it is a table's cell: then it is data.
  else if (BARE_COUNTER.test(seg.text) && !seg.inTable) seg.reason = 'share';
  else if (BARE_DATETIME.test(seg.text)) seg.reason = 'metadata';
  else if (isMetadataLine(seg.text, units)) seg.reason = 'metadata';
  else if (/^(https?:\/\/|www\.)\S+$/iu.test(seg.text)) seg.reason = 'share';
}

/**
 * Lists of other stories in a text dump repeat a pattern: headline, (headline again), outlet,
 * timestamp. Two or more timestamps a few lines apart mark every short line around them.
 */
function markStoryLists(segments: Segment[]): void {
  // A labelled time (快照生成时间: …) is metadata, not a list entry's stamp.
  const isStamp = (s: Segment): boolean =>
    STAMP.test(s.text) || (ENDS_WITH_STAMP.test(s.text) && textStats(s.text).units < 30 && !/[:：]\D/u.test(s.text));
  const stamps = segments.flatMap((s, i) => (isStamp(s) ? [i] : []));
  // Three or more entries in a row make a list (comments, related stories): it starts a section.
  // Entries of one list are close together with no section header between them: the article's
  // own date line is not the first entry of the "相关推荐" list that starts a few lines below it.
  const together = (a: number, b: number): boolean => b - a <= 8 && !segments.slice(a + 1, b).some((s) => s.sectionBreak);
  for (let k = 0; k + 2 < stamps.length; k++) {
    if (together(stamps[k]!, stamps[k + 1]!) && together(stamps[k + 1]!, stamps[k + 2]!) && (k === 0 || !together(stamps[k - 1]!, stamps[k]!))) {
      segments[stamps[k]!]!.sectionBreak = true;
    }
  }
  for (let k = 0; k < stamps.length; k++) {
    const i = stamps[k]!;
    const near = (k > 0 && i - stamps[k - 1]! <= 6) || (k + 1 < stamps.length && stamps[k + 1]! - i <= 6);
    if (!near) continue;
    segments[i]!.reason = 'related';
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      const s = segments[j]!;
      const st = textStats(s.text);
      if (isStamp(s) || st.units > 90 || (st.units > 30 && /[。！？.!?]$/u.test(s.text))) break;
      if (!s.reason || s.reason === 'metadata') s.reason = 'related';
    }
  }
  // Consecutive identical lines (a headline over its own link text) are list entries too.
  for (let i = 1; i < segments.length; i++) {
    const a = segments[i - 1]!, b = segments[i]!;
    if (a.text === b.text && textStats(a.text).units < 80 && !a.reason) {
      a.reason = b.reason = 'related';
    }
  }
}

/**
 * A line of program code, a query or a console table in a text dump: short, but part of a
 * technical article, not a menu. Menus and footers are words; code is symbols between words.
 */
function looksLikeCode(text: string): boolean {
  const symbols = text.match(/[=;{}()[\]<>│┃|_*+\/\\:.,'"`$#@-]/gu)?.length ?? 0;
  if (symbols >= 3 && symbols / text.length >= 0.1 && /[=;{}│┃]|\(\)|->|=>|::/u.test(text) && /[\p{L}\p{N}]{2}/u.test(text)) return true;
  // Query and code lines with few symbols: an SQL clause, a line left open or continued by a
  // bracket or comma, a snake_case name or a call. Menu items end in a word.
  return SQL_CLAUSE.test(text) || /[([{,]$|^[)\]}]/u.test(text) || /\b[a-z]+_[a-z_\d]+\b|^[a-z_][\w.]*\(/u.test(text);
}

/** A line that opens an SQL clause, in the upper case queries are written in. */
const SQL_CLAUSE = /^(SELECT|FROM|WHERE|WITH|GROUP BY|ORDER BY|(LEFT |RIGHT |INNER |OUTER |CROSS )?JOIN|UNION( ALL)?|INSERT INTO|UPDATE|DELETE FROM|VALUES|HAVING|LIMIT|CREATE TABLE)\b/u;

/** Article-likeness of one segment from its own text, links and layout. */
function scoreSegment(seg: Segment, format: 'html' | 'markdown' | 'text'): number {
  // Image debris sits between paragraphs of the article itself: a dent, not a wall.
  if (seg.reason === 'image-debris') return -3;
  if (seg.reason) return seg.sectionBreak ? SECTION_WALL[format] : -Math.max(8, Math.min(textStats(seg.text).units, 40));
  const st = textStats(seg.text);
  const u = st.units;
  let score: number;
  if (u >= 40 && st.punct >= 2) score = u;
  else if (u >= 12 && (st.punct >= 1 || st.endsSentence)) score = u * 0.7;
  else if (seg.kind === 'heading' || seg.kind === 'caption') score = -2;
  // A long Latin-script line is prose even without punctuation (list items, captions).
  else if (st.cjk < 4 && st.words >= 12) score = u * 0.3;
  else if (u >= 25) score = -1;
  else score = -6;
  if (/^[△▲▼↑（(]?\s*(图|图片|圖|Photo|Image)?\s*[△▲▼↑]/u.test(seg.text)) score = Math.max(score, 3);
  const linkRatio = Math.min(1, seg.linkChars / Math.max(1, seg.text.length));
  score -= linkRatio * (Math.abs(score) + u) * 1.5;
  score += seg.prior * (Math.abs(score) + 10);
  return score;
}

/**
 * A page that marks its article body (schema.org `articleBody`) and holds real text there has
 * told us where the article is: text outside it (live feeds, teasers) no longer competes.
 */
function preferMarkedArticleBody(segments: Segment[]): void {
  const inside = segments.filter((s) => s.prior >= 1).reduce((sum, s) => sum + Math.max(0, s.score), 0);
  if (inside < 150) return;
  for (const seg of segments) if (seg.prior < 1 && seg.score > 0) seg.score = -5;
}

/**
 * Teasers of other stories end truncated ("…", "..."); two or more near each other, with the
 * headline line above each, are a feed, not the article.
 */
function markTeaserFeeds(segments: Segment[]): void {
  const truncated = segments.map(
    (s) =>
      // (A Chinese paragraph may end in the full ellipsis ……, a stylistic pause; code truncates with … or ....)
      (/(\.\.\.|…)$/u.test(s.text) && !/……$/u.test(s.text) && textStats(s.text).units >= 10 && !/^[“"「『]/u.test(s.text)) ||
      /(【详细】|\[详细\]|详细>>|更多>>|阅读全文|全文>>|Read more|Continue reading)\s*$/iu.test(s.text),
  );
  for (let i = 0; i < segments.length; i++) {
    if (!truncated[i]) continue;
    let near = false;
    for (let d = 1; d <= 6 && !near; d++) near = Boolean(truncated[i - d] || truncated[i + d]);
    if (!near) continue;
    segments[i]!.reason ??= 'related';
    const above = segments[i - 1];
    if (above && !truncated[i - 1] && textStats(above.text).units <= 60) above.reason ??= 'related';
  }
}

/** A story's headline in a feed: a heading, or a headline-shaped line (no sentence end, a few words). */
function isFeedHeadline(seg: Segment | undefined): boolean {
  if (!seg || seg.reason) return false;
  if (seg.kind === 'heading') return true;
  const st = textStats(seg.text);
  const sized = st.cjk >= 8 ? st.cjk <= 50 : st.words >= 4 && st.words <= 25;
  return sized && !/[。！？.!?:：]$/u.test(seg.text);
}

/**
 * A feed of other stories under an article repeats one short label with every entry: the outlet
 * or channel ("Good Morning America", "Yahoo Finance", "Business Insider") next to each
 * headline and summary. The summaries are whole paragraphs, so they outweigh the article unless
 * the feed is named. Four or more entries a few blocks apart, each with its headline beside the
 * label, make one: everything from the first entry to the last is a related list.
 */
function markLabelledFeeds(segments: Segment[]): void {
  const byText = new Map<string, number[]>();
  segments.forEach((seg, i) => {
    // An outlet or channel is a name (capitalized, or Chinese); a table's repeated cells (states, units) are not.
    if (seg.reason || textStats(seg.text).units > 16 || textStats(seg.text).units < 2 || /[。！？.!?]$/u.test(seg.text) || !/^[\p{Lu}\p{Script=Han}]/u.test(seg.text)) return;
    const key = comparable(seg.text);
    if (!key) return;
    const positions = byText.get(key);
    if (positions) positions.push(i);
    else byText.set(key, [i]);
  });
  const feeds: Array<[number, number]> = [];
  for (const positions of byText.values()) {
    if (positions.length < 4) continue;
    let from = 0;
    for (let k = 1; k <= positions.length; k++) {
      const gap = k < positions.length ? positions[k]! - positions[k - 1]! : Infinity;
      if (gap >= 2 && gap <= 4) continue;
      const feed = feedOfChain(segments, positions.slice(from, k));
      if (feed) feeds.push(feed);
      from = k;
    }
  }
  if (!feeds.length) return;
  // A page that is all feed (a front page, a channel page) has no article beside it to protect:
  // naming the feeds would leave the reader nothing, so such a page is read as it is.
  const inFeed = segments.map(() => false);
  for (const [first, last] of feeds) for (let i = first; i <= last; i++) inFeed[i] = true;
  let inside = 0, outside = 0;
  segments.forEach((seg, i) => {
    const units = seg.reason ? 0 : textStats(seg.text).units;
    if (units < 40) return;
    if (inFeed[i]) inside += units;
    else outside += units;
  });
  if (outside < inside * 0.25) return;
  for (const [first, last] of feeds) {
    for (let i = first; i <= last; i++) segments[i]!.reason ??= 'related';
    segments[first]!.sectionBreak = true;
  }
}

/** The span of segments a chain of one repeated label covers as a feed, or null when it is not one. */
function feedOfChain(segments: Segment[], chain: number[]): [number, number] | null {
  if (chain.length < 4) return null;
  // A feed's entries follow each other line by line; a live blog's updates or a product roundup's
  // items are paragraphs apart (a dump keeps the blank lines between them).
  if (segments.slice(chain[0]! + 1, chain.at(-1)!).some((s) => s.blankBefore)) return null;
  // The article's own author repeated by every update of a live blog is not an outlet's label.
  const label = comparable(segments[chain[0]!]!.text);
  const bylines = ['by', '作者', '记者', '文'].map((word) => word + label);
  if (segments.slice(0, chain[0]!).some((s) => bylines.some((b) => comparable(s.text).startsWith(b)))) return null;
  // Each label must sit beside a headline: the entry's own (label on top) or the next entry's (label last).
  const beside = chain.filter((i) => isFeedHeadline(segments[i + 1]) || isFeedHeadline(segments[i - 1])).length;
  if (beside < chain.length * 0.75) return null;
  // The feed runs one entry past its labels on the side the entries hang from: after the last label
  // when a headline follows it, else before the first, when an entry's headline starts there.
  const period = Math.min(...chain.slice(1).map((p, k) => p - chain[k]!));
  let first = chain[0]!, last = chain.at(-1)!;
  if (isFeedHeadline(segments[last + 1])) last = Math.min(segments.length - 1, last + period - 1);
  else if (isFeedHeadline(segments[first - (period - 1)])) first -= period - 1;
  return [first, last];
}

/** A sign-off that ends an article: （完）, END, — END —. */
const SIGN_OFF = /[（(](完|全文完)[）)]$|^[（(]?完[）)]?$|^[-—–_\s]*END[-—–_\s]*$/u;

/**
 * An article that signs off with （完） or END ends there: whatever follows (the account's
 * credits, follow prompts, "you may also like") is not article, in any format. Returns the
 * index of the first segment after each sign-off, so the caller can wall it off after scoring.
 */
function markSignOffs(segments: Segment[]): number[] {
  const walls: number[] = [];
  for (let i = 0; i + 1 < segments.length; i++) {
    if (!SIGN_OFF.test(segments[i]!.text)) continue;
    // A paragraph ending in （完） is the article's last; a sign-off on its own line is not text.
    if (textStats(segments[i]!.text).units <= 6) segments[i]!.reason ??= 'other';
    if (!segments[i + 1]!.reason) segments[i + 1]!.reason = 'related';
    segments[i + 1]!.sectionBreak = true;
    walls.push(i + 1);
  }
  return walls;
}

/** Assigns rule-based reasons and a body score to every segment. */
export function classifySegments(segments: Segment[], format: 'html' | 'markdown' | 'text'): void {
  for (const seg of segments) phraseReason(seg);
  if (format === 'text') markStoryLists(segments);
  markTeaserFeeds(segments);
  markLabelledFeeds(segments);
  const signOffWalls = markSignOffs(segments);
  if (format !== 'html') markHeadlineRuns(segments);
  for (const seg of segments) {
    if (!seg.reason && seg.prior < -0.5 && seg.priorReason) seg.reason = seg.priorReason;
    seg.score = scoreSegment(seg, format);
  }
  // A sign-off is the author's own "the end": a wall in HTML too, where other section headers only weigh.
  for (const i of signOffWalls) segments[i]!.score = SECTION_WALL.text;
  if (format === 'html') {
    preferMarkedArticleBody(segments);
    softenControlRuns(segments);
  }
  if (format === 'text') {
    softenCodeBlocks(segments);
    softenChartLabels(segments);
    softenInlineRelatedBoxes(segments);
    softenTablesOfContents(segments);
  }
}

/** A contents box's own header. */
const CONTENTS_HEADER = /^(table of contents|contents|in this (article|story|post)|on this page|jump to section|目录|本文目录|文章目录)$/iu;

/**
 * An article's table of contents lists its own subheadings: in a dump, a run of short lines that
 * come back later on the page, one by one, as the subheadings. Twenty of them in a row weigh like
 * a menu and cut the introduction off the article. A run of four or more short lines, half
 * of which recur further down with prose under them, is removed as navigation but only dents the article.
 */
function softenTablesOfContents(segments: Segment[]): void {
  // Where each short line appears again as a subheading: a line with prose right under it.
  // (A menu in the header comes back in the footer, among other menu items.)
  const headingAt = new Map<string, number>();
  segments.forEach((seg, k) => {
    if (textStats(seg.text).units <= 30 && (isProse(segments[k + 1]) || isProse(segments[k + 2]))) headingAt.set(comparable(seg.text), k);
  });
  for (const [i, j] of runsOf(segments, shortChrome(30))) {
    const run = segments.slice(i, j);
    const recurring = run.filter((seg) => (headingAt.get(comparable(seg.text)) ?? -1) >= j).length;
    // The box's title and its entries; any other short line in the run keeps its own reason.
    if (run.length >= 4 && recurring >= 4 && recurring >= run.length * 0.5) dent(run.filter((seg) => !seg.reason || CONTENTS_HEADER.test(seg.text)), 'navigation');
  }
}

/**
 * A media player's menus (Embed, Video Quality, Auto, High (HD), Captions, Back, …) and other
 * widgets sit inside an article's container, so the container's credit lifts each one- or
 * two-word line above zero and the reader gets the whole menu. Six or more such lines in a row
 * are controls: removed, as a dent rather than a wall, since a widget sits between paragraphs.
 */
function softenControlRuns(segments: Segment[]): void {
  const isControl = (seg: Segment): boolean => {
    // Menu labels are capitalized words in paragraphs of their own; a ranked list (1. Finland),
    // a changelog (+ Added …), code (import json) or a table's cells inside an article are not.
    // (Short Chinese lines one to a paragraph are as likely a poem's, so only capitalized Latin labels count.)
    if (seg.reason || seg.kind !== 'paragraph' || seg.inTable || !/^\p{Lu}/u.test(seg.text)) return false;
    const st = textStats(seg.text);
    return st.units <= 6 && st.cjk === 0;
  };
  for (const [i, j] of runsOf(segments, isControl)) if (j - i >= 6) dent(segments.slice(i, j), 'navigation');
}

/** A paragraph of article prose, by score: a sentence or more of running text. */
const isProse = (seg: Segment | undefined): boolean => (seg?.score ?? 0) >= 40;

/**
 * News sites set a "Related" / "Read more" box inside the article: the header and a headline or
 * two, then the article goes on. In a dump the header reads like the related list under an
 * article and walls the rest off. Prose right before it, and prose resuming within three lines as
 * two paragraphs in a row set apart by blank lines, make it a box: its lines are still removed,
 * but as a dent, not a wall.
 */
function softenInlineRelatedBoxes(segments: Segment[]): void {
  for (let i = 1; i < segments.length; i++) {
    const header = segments[i]!;
    if (!header.sectionBreak || header.reason !== 'related') continue;
    if (!isProse(segments[i - 1]) && !isProse(segments[i - 2])) continue;
    let resume = -1;
    for (let k = i + 1; k <= i + 3 && k < segments.length; k++) {
      if (segments[k]!.sectionBreak) break;
      if (isProse(segments[k])) {
        resume = k;
        break;
      }
    }
    // The article resumes with two paragraphs in a row, each set apart by a blank line: teasers of a
    // related list follow each other line by line, or alternate with their headlines.
    const resumes = (k: number): boolean => isProse(segments[k]) && Boolean(segments[k]!.blankBefore);
    if (resume < 0 || !resumes(resume) || !resumes(resume + 1)) continue;
    header.sectionBreak = false;
    header.score = -8;
    for (let k = i + 1; k < resume; k++) {
      segments[k]!.reason ??= 'related';
      segments[k]!.score = Math.min(segments[k]!.score, -8);
    }
  }
}

/**
 * A chart's tick label in a text dump: a number, amount, percentage or year mark with no words
 * (`$915`, `600`, `12.5%`, `’17`), or a bare unit word under one (`billion`).
 */
const CHART_TICK = /^(?:[^\p{L}\d]*\d[^\p{L}]*|[^\p{L}\d]*\d+(?:[.,]\d+)?\s*(?:k|m|bn|billion|million|thousand|trillion|percent|pct)|billion|million|thousand|trillion|percent|%)$/iu;
/** Tick labels are a few characters; the length check also keeps the pattern off a long line of digits. */
const isChartTick = (text: string): boolean => text.length <= 24 && CHART_TICK.test(text);

/** Small integers counting up by one (1 2 3 … 下一页): a pager, not a chart. */
function isCountingUp(texts: string[]): boolean {
  const nums = texts.map(Number);
  return nums.length >= 3 && nums.every((n, k) => Number.isInteger(n) && n < 100 && (k === 0 || n === nums[k - 1]! + 1));
}

/**
 * A chart or infographic flattens into a dump as a run of tiny lines: tick labels, legend words,
 * axis titles. Dozens of them in a row read as a wall of menu items and cut the article in two.
 * A run of short lines that is at least half tick labels, four of them in a row, is the figure's debris: removed, and
 * only a dent in the article around it.
 */
function softenChartLabels(segments: Segment[]): void {
  for (const [i, j] of runsOf(segments, shortChrome(12))) {
    const run = segments.slice(i, j);
    const isTick = run.map((s) => isChartTick(s.text));
    const ticks = run.filter((_, k) => isTick[k]).map((s) => s.text);
    // An axis prints its ticks one after another; a label/value table ("Revenue", "$915", …) alternates.
    let longest = 0;
    for (let k = 0, streak = 0; k < isTick.length; k++) longest = Math.max(longest, (streak = isTick[k] ? streak + 1 : 0));
    if (run.length >= 5 && longest >= 4 && ticks.length >= run.length * 0.5 && !isCountingUp(ticks)) dent(run, 'image-debris');
  }
}

/** Score of a short line inside a code block or a chart's labels: a dent in the article, not a wall. */
const DENT_SCORE = -0.5;

/** Removes segments for a reason but scores them as a dent, so the article around them holds together. */
function dent(run: Segment[], reason: RemovalReason): void {
  for (const seg of run) {
    seg.reason = reason;
    seg.score = DENT_SCORE;
  }
}

/** A short line scored as chrome that opens no section: what a contents box or a chart's labels are made of. */
const shortChrome = (maxUnits: number) => (seg: Segment): boolean => !seg.sectionBreak && seg.score < 0 && textStats(seg.text).units <= maxUnits;

/**
 * The maximal runs of consecutive segments that pass `inRun`, as [first, end) pairs: the scan the
 * dent rules (contents boxes, widget controls, chart labels) share.
 */
function runsOf(segments: Segment[], inRun: (seg: Segment) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < segments.length; ) {
    let j = i;
    while (j < segments.length && inRun(segments[j]!)) j++;
    if (j > i) runs.push([i, j]);
    i = Math.max(j, i + 1);
  }
  return runs;
}

/**
 * A text dump keeps a code block, query or console table as consecutive short lines (no blank
 * line between them), like a menu. A block where at least a third of the lines look like code is
 * code: its short lines stop counting as chrome, so a technical article is not cut at each one.
 */
function softenCodeBlocks(segments: Segment[]): void {
  let start = 0;
  for (let i = 1; i <= segments.length; i++) {
    if (i < segments.length && !segments[i]!.blankBefore) continue;
    const block = segments.slice(start, i);
    const code = block.filter((s) => looksLikeCode(s.text)).length;
    if (block.length >= 3 && code >= block.length / 3) {
      for (const seg of block) {
        if ((seg.reason && seg.reason !== 'metadata') || seg.sectionBreak || seg.score >= 0) continue;
        // A timestamp in a log or a query result is data, not the page's metadata line.
        seg.reason = undefined;
        seg.score = DENT_SCORE;
      }
    }
    start = i;
  }
}
