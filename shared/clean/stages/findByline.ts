import { BARE_DATETIME } from '../patterns/boilerplatePatterns';
import type { Segment } from '../Segment';
import { ANY_CASE_MONTHS, findDates } from '../text/findDates';
import { textStats } from '../text/textStats';
import { splitTitleParts } from './findTitle';

/** Outlet, author and original URL as stated by the page. */
export interface Byline {
  source: string | null;
  author: string | null;
  url: string | null;
  /** A timestamp shown by the author card: when the page was displayed, not when it was published. */
  cardTime: string | null;
  /** True when the page itself names the outlet (来源 label, dateline, outlet by the header date, account). */
  stated: boolean;
}

/** Words and marks around a header date that name no outlet: labels, widgets, a time's half of the day and its zone ("5:00 AM ET"). */
const HEADER_NOISE = /(原创|举报|字号|分享|收藏|评论|阅读|关注|来源|作者|编辑|A-|A\+|\bA\b|昨天|前天|今天|刚刚|\d+\s*(分钟|小时|天)前|\b(Published|Updated|Posted|Last updated|Modified|on|at|by|By|am|pm|AM|PM|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|JST|KST|IST|AEST|AEDT|HKT|SGT)\b|[ap]\.m\.|[|｜:：·•\-—,])/gu;

/**
 * The outlet on the header's date line: "2018年12月28日 19:55 新京报", "原创 南方都市报 2019-09-09",
 * "爱否科技 昨天". Whatever is left after the date and noise words, if it is one short name.
 */
function outletByHeaderDate(text: string): string | null {
  const dates = findDates(text);
  const relative = /(昨天|前天|今天|刚刚|\d+\s*(分钟|小时|天)前)/u.test(text);
  if (!dates.length && !relative) return null;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.raw, ' ');
  rest = rest.replace(/\d{1,2}:\d{2}(:\d{2})?/gu, ' ').replace(HEADER_NOISE, ' ').trim();
  const parts = rest.split(/\s+/u).filter(Boolean);
  if (parts.length !== 1) return null;
  const name = parts[0]!;
  return /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9·.&'\- ]{1,15}$/u.test(name) && !GENERIC_SOURCE.test(name) ? name : null;
}

const LABEL_END = '(?=\\s{1,}|$|[|｜,，;；]|\\s*(?:发布|来源|作者|编辑|浏览|阅读|点击|时间|类别|字号|责任编辑))';
/** The labels that name an outlet: 来源, 稿源, 出处, Source (and their traditional forms). */
const SOURCE_WORDS = '来源|來源|稿源|出处|出處|Source';
// A photo's or chart's credit (图片来源：视觉中国, 数据来源：…) names where the picture came from, not the outlet.
const SOURCE_LABEL = new RegExp(`(?<!图片|图|照片|视频|数据|资料|题图|封面)(?:${SOURCE_WORDS})\\s*[:：]\\s*([^\\s|｜,，;；]{2,30}?)${LABEL_END}`, 'iu');
/** An English outlet line under a headline: "From: The Riverside Courier", "Source: Reuters". */
const FROM_LINE = /^(?:From|Source)\s*[:：]\s*((?:The\s+)?[A-Z][\p{L}&.'-]*(?:\s+[A-Z][\p{L}&.'-]*){0,4})\s*$/u;
const AUTHOR_LABEL = new RegExp(`(?:作者|记者|記者|文|撰文|By)\\s*[:：]\\s*([^\\s|｜,，;；]{2,30}?)${LABEL_END}`, 'iu');
/**
 * One capitalized word of a name, unless it is the month of the date that follows the name
 * ("By Erin Cole March 18, 2015"): Martin, Novak and Marsh stay names.
 */
const NAME_WORD = String.raw`(?!(?:${ANY_CASE_MONTHS})\.?\s+\d)(?!(?:For|FOR)\b)[A-Z][\p{L}.'-]+`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
const BY_LINE = new RegExp(String.raw`^By\s*[:：]?\s+(${NAME}(?:\s+and\s+${NAME})?)`, 'u');
/**
 * A blog's post line: "Posted by Maria Ostrowski on June 12, 2023", "Posted on March 3, 2024 by
 * Dana Whitfield", "Written by …". ("Published by" often names the publisher, not a person.)
 */
const POSTED_BY = new RegExp(String.raw`^(?:Posted|Written|Story|Words|Reporting)\b.{0,40}?\bby\s+(${NAME})`, 'u');
const byName = (text: string): string | null => BY_LINE.exec(text)?.[1] ?? null;
const bylineAuthor = (text: string): string | null => byName(text) ?? POSTED_BY.exec(text)?.[1] ?? null;
const REPORTER = /(?:记者|通讯员)\s*([\p{Script=Han}、]{2,12}?)\s*(?:综合)?(?:报道|报导|摄)/u;
const DATELINE_OUTLET = /^【\s*([\p{Script=Han}A-Za-z]{2,10}?)\s*(?:北京时间|\d{4}年|\d{1,2}月)/u;
const URL_LABEL = /(原文地址|原文链接|原文网址|来源网址|本文链接|Original (URL|article)|Source URL|Canonical)/iu;
const URL_RE = /https?:\/\/[^\s<>"'）)】]+/u;
const GENERIC_SOURCE = /^(互联网|网络|网友|网民|本站|本网|未知|综合|网络整理|网络转载|其他|其它|转载|unknown|internet|web)$/iu;
const SELF_MEDIA = /([\p{Script=Han}]{1,4}号)(?=\s*[>»›]|\s*$)/u;

/** The owner a copyright line names, if it names one briefly. */
function copyrightOwner(text: string): string | null {
  const en = /^(?:Copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([A-Z][\w&.' -]{1,40}?)(?:[.,]?\s+(?:All [Rr]ights [Rr]eserved|Ltd|Limited|Inc)\b.*|[.,])?$/u.exec(text);
  const zh = /^(?:版权所有\s*[:：]?\s*([\p{Script=Han}A-Za-z]{2,16}))|^([\p{Script=Han}A-Za-z]{2,16})\s*版权所有/u.exec(text);
  const name = (en?.[1] ?? zh?.[1] ?? zh?.[2] ?? '').trim();
  return name && !GENERIC_SOURCE.test(name) ? name : null;
}

/**
 * A WeChat article's meta line: [原创] [author] account date-or-relative-time [发表于 region]
 * ("原创 林小禾 成长有方 2023-07-18 20:30 发表于浙江", "爱否科技 昨天"). The account is the outlet.
 */
const WECHAT_META = /^(?:原创\s+)?(?:(\S{2,16})\s+)?(\S{2,20})\s+(?:\d{4}[-年]\d{1,2}[-月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?|昨天|前天|今天|\d+\s*(?:分钟|小时|天|周)前|星期.|周.)(?:\s+发表于\S{2,8})?\s*$/u;

/** The account and author a WeChat meta line names, if the line is one. */
function wechatMeta(text: string): { account: string; author: string | null } | null {
  const line = text.trim();
  // Only a line that says it is WeChat's (原创, 发表于, a Chinese relative day): "Updated 2023-07-18 20:30"
  // or "Sam Green 2022-09-13" under an English headline are a dateline and a byline.
  if (!/^原创\s|发表于\S+$|\s(昨天|前天|今天|\d+\s*(分钟|小时|天|周)前|星期.|周.)$/u.test(line)) return null;
  const m = WECHAT_META.exec(line);
  if (!m || /\d|[:：]/u.test(m[2]!) || /[:：]/u.test(m[1] ?? '')) return null;
  return { account: m[2]!, author: m[1] && m[1] !== '原创' ? m[1] : null };
}

const LABEL_ALONE = new RegExp(`^(?:${SOURCE_WORDS})\\s*[:：]\\s*$`, 'iu');

/** A label alone on its line (来源： / 中国新闻网): the page set label and value in separate boxes. */
function labelledNextLine(segments: Segment[], i: number): string | undefined {
  if (!LABEL_ALONE.test(segments[i]!.text)) return undefined;
  const next = segments[i + 1]?.text.trim() ?? '';
  return next && textStats(next).units <= 16 && !/[:：]/u.test(next) ? next : undefined;
}

/** Reads source, author and URL from labelled lines, datelines, breadcrumbs and author cards. */
export function findByline(segments: Segment[], bodyFirst: number, bodyLast: number, titleIndex = -1): Byline {
  let source: string | null = null, author: string | null = null, url: string | null = null, platform: string | null = null;
  let account: string | null = null;
  let cardTime: string | null = null;
  for (let i = 0; i < segments.length; i++) {
    const text = segments[i]!.text;
    const inBody = i >= bodyFirst && i <= bodyLast;
    // A credit under a chart or photo ("Source: State Housing Agency") names the data's source, not the outlet.
    if (!inBody || (segments[i]!.reason && segments[i]!.reason !== 'image-debris')) {
      // English bylines and outlet lines count above the article or in its header, never after it:
      // a "By …" in the comments or a related list names someone else.
      const header = i <= bodyLast;
      source ??= (header ? FROM_LINE.exec(text)?.[1] : undefined) ?? SOURCE_LABEL.exec(text)?.[1] ?? labelledNextLine(segments, i) ?? null;
      author ??= (header ? byName(text) : null) ?? AUTHOR_LABEL.exec(text)?.[1] ?? null;
    }
    if (!url && URL_LABEL.test(text)) url = URL_RE.exec(text)?.[0] ?? URL_RE.exec(segments[i + 1]?.text ?? '')?.[0] ?? null;
    if (!platform && i < bodyFirst && /[>»›]/u.test(text)) {
      platform = SELF_MEDIA.exec(text)?.[1] ?? null;
      // 澎湃号 > 中国广州发布: the crumb after the platform is the account (首页 > 网易号 > 正文 names none).
      const crumb = /([\p{Script=Han}]{1,4}号)\s*[>»›]\s*([^>»›]{2,20}?)\s*$/u.exec(text);
      if (platform && crumb && !/^(正文|文章|详情|内容|全文)/u.test(crumb[2]!)) account = crumb[2]!;
    }
  }
  for (const seg of segments.slice(bodyFirst, bodyLast + 1)) {
    author ??= REPORTER.exec(seg.text)?.[1] ?? bylineAuthor(seg.text);
    source ??= DATELINE_OUTLET.exec(seg.text)?.[1] ?? null;
  }
  for (const seg of segments.slice(Math.max(0, bodyFirst - 8), bodyFirst)) author ??= bylineAuthor(seg.text);
  // The meta line right under the headline of a WeChat article.
  if (titleIndex >= 0) {
    for (const seg of segments.slice(titleIndex + 1, titleIndex + 3)) {
      const meta = wechatMeta(seg.text);
      if (!meta) continue;
      source ??= meta.account;
      author ??= meta.author;
      break;
    }
  }
  if (!source && titleIndex >= 0) {
    const header = segments.slice(titleIndex + 1, Math.min(segments.length, Math.max(bodyFirst, titleIndex + 1) + 2));
    for (const seg of header) source ??= outletByHeaderDate(seg.text);
    // A news app's author card under the headline: the account's name on a line of its own, its
    // date on the next (央视新闻客户端 / 2022-09-13 20:05 / 发布于北京).
    for (let k = 1; !source && k < header.length; k++) {
      const name = header[k - 1]!.text.trim();
      const dated = BARE_DATETIME.test(header[k]!.text) || /^(发布时间|发布于|发表时间|时间)\s*[:：]\s*\d/u.test(header[k]!.text);
      // Four characters or more: a reporter's name alone (张三) is two or three.
      if (dated && /^[\p{Script=Han}A-Za-z·]{4,16}$/u.test(name) && /\p{Script=Han}/u.test(name)) source = name;
    }
  }
  // Self-media author card: the account name twice in a row, then a profile line.
  if (platform && !author && !account) {
    for (let i = bodyLast + 1; i + 1 < segments.length; i++) {
      // The name twice (once with an icon's alt text glued on), then a profile line.
      const a = segments[i]!.text, b = segments[i + 1]!.text;
      const name = a.startsWith(b) ? b : b.startsWith(a) ? a : null;
      if (name && name.length >= 2 && name.length <= 16 && /文章|关注|粉丝|作者|followers/iu.test(segments.slice(i + 2, i + 5).map((s) => s.text).join(' '))) {
        author = name;
        const before = segments[i - 1];
        if (before && BARE_DATETIME.test(before.text)) cardTime = findDates(before.text)[0]?.iso ?? null;
        break;
      }
    }
  }
  // "来源：互联网" names no outlet; the page's own site name says more.
  if (source && GENERIC_SOURCE.test(source)) source = null;
  if (platform) source = account ?? author ? `${platform} · ${account ?? author}` : platform;
  const stated = source !== null;
  // Last resort: the owner named in the copyright line ("Copyright 2021 Example Wire", "版权所有 示例新闻网").
  for (let i = segments.length - 1; !source && i > bodyLast && i >= segments.length - 40; i--) source = copyrightOwner(segments[i]!.text);
  // A dump's first line is often the page title, `Headline - Section - Site`: the site closes it.
  if (!source && segments[0]) {
    const parts = splitTitleParts(segments[0].text);
    if (parts.length > 1 && textStats(parts[0]!).units >= 8 && textStats(parts[parts.length - 1]!).units <= 16) source = parts[parts.length - 1]!;
  }
  return { source, author, url, cardTime, stated };
}
