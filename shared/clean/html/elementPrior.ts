import type { RemovalReason } from '../../model/CleanArticle';

/** Layout evidence from an element's tag, class, id and role. */
export interface ElementEvidence {
  prior: number;
  reason?: RemovalReason;
}

const NEGATIVE: Array<[RegExp, RemovalReason]> = [
  [/(^|[-_\s])(nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|topbar|masthead|site-header|skip)([-_\s\d]|$)/i, 'navigation'],
  [/(^|[-_\s])(footer|foot|copyright|colophon|site-info|legal)([-_\s\d]|$)/i, 'footer'],
  [/(^|[-_\s])(comments?|reply|replies|discuss|disqus|respond|pinglun)([-_\s\d]|$)/i, 'comments'],
  [/(^|[-_\s])(related|recommend(ed|ation)?s?|rec|more-?(news|stories|articles)|read-?more|also|popular|trending|most-?read|hotnews|xgyd|tuijian|list-?news|news-?list)([-_\s\d]|$)/i, 'related'],
  [/(^|[-_\s])(share|sharing|social|sns|toolbar|tools|print|bdshare|jiathis|fav|like)([-_\s\d]|$)/i, 'share'],
  [/(^|[-_\s])(ad|ads|adv|advert|advertisement|banner|sponsor(ed)?|promo(tion)?|gg|guanggao|outbrain|taboola)([-_\s\d]|$)/i, 'promotion'],
  [/(^|[-_\s])(tags?|tag-?cloud|keywords?|hot-?search|hotwords?|rank(ing)?|top-?list)([-_\s\d]|$)/i, 'hot-search'],
  [/(^|[-_\s])(sidebar|side|aside|widget|rail|right-?col|col-?right|slide-?right)([-_\s\d]|$)/i, 'related'],
  [/(^|[-_\s])(disclaimer|statement|notice|shengming)([-_\s\d]|$)/i, 'disclaimer'],
  [/(^|[-_\s])(login|signin|subscribe|newsletter|signup|popup|modal|cookie|consent|paywall)([-_\s\d]|$)/i, 'promotion'],
];

const POSITIVE = /(^|[-_\s])(article|articles|content|contents|post|entry|main|body|text|story|detail|artibody|article-?body|post-?body|entry-?content|rich_media|news_txt|txt|con|zw|zhengwen|left_zw|cont|page-?content)([-_\s\d]|$)/i;

const TAG_EVIDENCE: Record<string, ElementEvidence> = {
  nav: { prior: -1, reason: 'navigation' },
  footer: { prior: -1, reason: 'footer' },
  aside: { prior: -1, reason: 'related' },
  menu: { prior: -1, reason: 'navigation' },
  form: { prior: 0 },
  article: { prior: 0.6 },
  main: { prior: 0.4 },
};

/** Reads an element's layout evidence; 0 when nothing speaks for or against it. */
export function elementPrior(tag: string, attribs: Record<string, string | undefined>): ElementEvidence {
  if (attribs.itemprop === 'articleBody' || attribs.property === 'articleBody') return { prior: 1 };
  const role = attribs.role ?? '';
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') {
    return { prior: -1, reason: role === 'contentinfo' ? 'footer' : role === 'complementary' ? 'related' : 'navigation' };
  }
  const byTag = TAG_EVIDENCE[tag];
  if (byTag && byTag.prior !== 0) return byTag;
  // Long ids are slugs of headings ("sharing-with-a-single-developer"), not layout names.
  const id = attribs.id && attribs.id.split(/[-_]/).length <= 3 ? attribs.id : '';
  const names = `${attribs.class ?? ''} ${id}`.trim();
  if (!names) return { prior: 0 };
  let ev = byNames.get(names);
  if (!ev) {
    ev = fromNames(names);
    if (byNames.size > 5000) byNames.clear();
    byNames.set(names, ev);
  }
  return ev;
}

/** Pages repeat the same class names thousands of times; each string is judged once. */
const byNames = new Map<string, ElementEvidence>();

function fromNames(names: string): ElementEvidence {
  const positive = POSITIVE.test(names);
  for (const [re, reason] of NEGATIVE) {
    if (re.test(names)) return positive ? { prior: 0 } : { prior: -1, reason };
  }
  return positive ? { prior: 0.5 } : { prior: 0 };
}
