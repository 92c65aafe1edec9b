import type { CheerioAPI } from 'cheerio';
import { parseMachineDate } from '../text/findDates';

/** What a page's head and structured data say about it. */
export interface HtmlMetadata {
  documentTitle: string | null;
  metaTitle: string | null;
  published: string | null;
  publishedText: string | null;
  siteName: string | null;
  /** A WeChat article's account (公众号), named in its profile box: the outlet, whatever the header line says. */
  account: string | null;
  author: string | null;
  url: string | null;
  lang: string | null;
}

const DATE_META = [
  'article:published_time', 'og:published_time', 'og:release_date', 'datePublished', 'pubdate', 'publishdate', 'publish-date',
  'PubDate', 'pub_date', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'DC.date.issued',
  'dcterms.created', 'DC.date', 'date', 'article.published', 'weibo: article:create_at', 'cXenseParse:recs:publishtime', 'publishtime',
  'apub:time', 'og:time', 'article:published', 'release_date', 'dateUpdate', 'datetime',
];

/** Publication times pages keep in inline scripts: `"pubtime": "2019-09-07 19:02:26"`, WeChat's `var ct = "1581517074"`. */
const SCRIPT_DATE = /["']?(?:pub_?time|pub_?date|publish_?time|publish_?date|date_?published|article_?time|news_?time)["']?\s*[:=]\s*["']?(\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{10})/iu;
const WECHAT_CT = /\bvar\s+ct\s*=\s*["'](\d{10})["']/u;

function scriptDate($: CheerioAPI): { iso: string; raw: string } | null {
  let found: { iso: string; raw: string } | null = null;
  $('script:not([src])').each((_, el) => {
    if (found) return false;
    const code = $(el).text().slice(0, 200_000);
    const m = SCRIPT_DATE.exec(code) ?? WECHAT_CT.exec(code);
    if (!m?.[1]) return undefined;
    const value = m[1];
    // Unix seconds: pages in these scripts are Chinese sites, whose dates are China time (UTC+8).
    const iso = /^\d{10}$/u.test(value) ? new Date((Number(value) + 8 * 3600) * 1000).toISOString().slice(0, 10) : parseMachineDate(value);
    if (iso) found = { iso, raw: m[0] };
    return undefined;
  });
  return found;
}

function jsonLdObjects($: CheerioAPI): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      const data: unknown = JSON.parse($(el).text());
      const queue: unknown[] = [data];
      while (queue.length && out.length < 50) {
        const item = queue.shift();
        if (Array.isArray(item)) queue.push(...item);
        else if (item && typeof item === 'object') {
          out.push(item as Record<string, unknown>);
          const graph = (item as Record<string, unknown>)['@graph'];
          if (graph) queue.push(graph);
        }
      }
    } catch {
      // Broken JSON-LD is common; the other sources still speak.
    }
  });
  return out;
}

const nameOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return ((v as { name: string }).name).trim() || null;
  return null;
};

/** Reads title, date, site, author, canonical URL and language from meta tags and JSON-LD. */
export function htmlMetadata($: CheerioAPI): HtmlMetadata {
  // Chinese pages state dates in China time (UTC+8); their machine dates are often UTC.
  const lang = $('html').attr('lang')?.trim() ?? '';
  const offset = /^zh/iu.test(lang) || /[\u4e00-\u9fff]{8}/u.test($('title').first().text()) ? 8 : undefined;
  const parseDate = (value: string): string | null => parseMachineDate(value, offset);
  // One pass over the meta tags: a selector per key would walk the whole page thirty times.
  const metas = new Map<string, string>();
  $('meta').each((_, el) => {
    const attribs = (el as unknown as { attribs?: Record<string, string> }).attribs ?? {};
    const content = attribs.content?.trim();
    if (!content) return;
    for (const key of [attribs.property, attribs.name, attribs.itemprop]) if (key && !metas.has(key)) metas.set(key, content);
  });
  const meta = (key: string): string | null => metas.get(key) ?? null;
  const ld = jsonLdObjects($).filter((o) => typeof o['@type'] === 'string' ? /Article|Posting|Report|WebPage/.test(o['@type'] as string) : true);
  const article = ld.find((o) => o.headline || o.datePublished) ?? null;
  let published: string | null = null, publishedText: string | null = null;
  const ldDate = typeof article?.datePublished === 'string' ? article.datePublished : null;
  if (ldDate) {
    published = parseDate(ldDate);
    publishedText = ldDate;
  }
  for (const key of DATE_META) {
    if (published) break;
    const v = meta(key);
    if (v) {
      published = parseDate(v);
      publishedText = v;
    }
  }
  if (!published) {
    const t = $('[itemprop="datePublished"]').first();
    const v = t.attr('datetime') ?? t.attr('content') ?? t.text();
    if (v) {
      published = parseDate(v);
      publishedText = v;
    }
  }
  if (!published) {
    const fromScript = scriptDate($);
    if (fromScript) {
      published = fromScript.iso;
      publishedText = fromScript.raw;
    }
  }
  const documentTitle = $('title').first().text().replace(/\s+/g, ' ').trim() || null;
  const metaTitle = (typeof article?.headline === 'string' ? article.headline : null) ?? meta('og:title') ?? meta('twitter:title');
  return {
    documentTitle,
    metaTitle: metaTitle?.replace(/\s+/g, ' ').trim() ?? null,
    published,
    publishedText,
    siteName: meta('og:site_name') ?? nameOf(article?.publisher) ?? meta('application-name') ?? null,
    account: wechatAccount($),
    author: nameOf(article?.author) ?? meta('author') ?? meta('article:author') ?? meta('byl') ?? null,
    url: $('link[rel="canonical"]').attr('href')?.trim() || meta('og:url') || null,
    lang: $('html').attr('lang')?.trim() || null,
  };
}

/** The account name of a WeChat 公众号 article (#js_name, the profile box's nickname), if the page is one. */
function wechatAccount($: CheerioAPI): string | null {
  const name = ($('#js_name').first().text() || $('.profile_nickname').first().text()).replace(/\s+/g, ' ').trim();
  return name && name.length <= 30 ? name : null;
}
