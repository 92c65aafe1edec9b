import type { CheerioAPI } from 'cheerio';
import { parseMachineDate } from '../text/findDates';

/** What a page's head and structured data say about it. */
export interface HtmlMetadata {
  documentTitle: string | null;
  metaTitle: string | null;
  published: string | null;
  publishedText: string | null;
  siteName: string | null;
  author: string | null;
  url: string | null;
  lang: string | null;
}

const DATE_META = [
  'article:published_time', 'og:published_time', 'og:release_date', 'datePublished', 'pubdate', 'publishdate', 'publish-date',
  'PubDate', 'pub_date', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'DC.date.issued',
  'dcterms.created', 'DC.date', 'date', 'article.published', 'weibo: article:create_at', 'cXenseParse:recs:publishtime', 'publishtime',
];

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
  const meta = (key: string): string | null => {
    const v = $(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`).first().attr('content');
    return v?.trim() || null;
  };
  const ld = jsonLdObjects($).filter((o) => typeof o['@type'] === 'string' ? /Article|Posting|Report|WebPage/.test(o['@type'] as string) : true);
  const article = ld.find((o) => o.headline || o.datePublished) ?? null;
  let published: string | null = null, publishedText: string | null = null;
  const ldDate = typeof article?.datePublished === 'string' ? article.datePublished : null;
  if (ldDate) {
    published = parseMachineDate(ldDate);
    publishedText = ldDate;
  }
  for (const key of DATE_META) {
    if (published) break;
    const v = meta(key);
    if (v) {
      published = parseMachineDate(v);
      publishedText = v;
    }
  }
  if (!published) {
    const t = $('[itemprop="datePublished"]').first();
    const v = t.attr('datetime') ?? t.attr('content') ?? t.text();
    if (v) {
      published = parseMachineDate(v);
      publishedText = v;
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
    author: nameOf(article?.author) ?? meta('author') ?? meta('article:author') ?? meta('byl') ?? null,
    url: $('link[rel="canonical"]').attr('href')?.trim() || meta('og:url') || null,
    lang: $('html').attr('lang')?.trim() || null,
  };
}
