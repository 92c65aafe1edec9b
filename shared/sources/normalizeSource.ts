/**
 * Turns what a clipping says about its outlet (a 来源 line, a site name, a URL, a self-media
 * account on a platform) into a stable key, so the same outlet matches across clippings and
 * across colleagues' gradings files. Pure and environment-free.
 *
 * Key forms (stable: they are stored and shared, see GRADINGS.md):
 * - `acct:<platform>:<account>` a self-media account; kept apart from the platform itself
 * - `name:<name>`              an outlet known by name
 * - `domain:<host>`            an outlet known only by its web address
 */

/** Self-media platforms whose accounts are outlets of their own, not the platform. */
export const SELF_MEDIA_PLATFORMS: readonly string[] = [
  '网易号', '百家号', '搜狐号', '头条号', '企鹅号', '大风号', '澎湃号', '一点号', '新浪看点', '微信公众号', '公众号', '微博', '知乎', '雪球', '抖音', '快手', 'b站', '小红书',
];

/** Separators people put between a platform and an account name. */
const PLATFORM_SEPARATOR = /^\s*(?:[·•・|｜:：\-—–_/]|\s)\s*/u;

/** Things pasted around an outlet's name that are not its name. Removed from the end only. */
const TRAILING_SUFFIXES = [/\s*[-|_–—]\s*(?:home|homepage|首页|官网|官方网站)$/iu, /\s*(?:官方网站|官网|首页)$/u, /\s*[-|_–—]\s*$/u];
/** Prefixes like `来源：` that clippings keep in front of the outlet. */
const LEADING_LABELS = /^(?:来源|來源|出处|出處|source|via)\s*[:：]\s*/iu;

/** NFKC folds full-width letters, digits and punctuation into their half-width forms. */
export function foldText(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The host of a URL (or of a bare domain written as a name), without `www.`/`m.`; null if none. */
export function domainOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const folded = foldText(value);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//u.test(folded) ? folded : /^[a-z0-9-]+(\.[a-z0-9-]+)+(?:[/:?#].*)?$/u.test(folded) ? `https://${folded}` : null;
  if (!withScheme) return null;
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/u.exec(withScheme);
  const host = match?.[1]?.replace(/\.$/u, '');
  if (!host || !host.includes('.')) return null;
  return host.replace(/^(?:www\d?|m|wap|mobile)\./u, '');
}

/** Splits `网易号 · 傲骨真心` into its platform and account; null when no known platform leads. */
export function splitPlatformAccount(folded: string): { platform: string; account: string } | null {
  for (const platform of SELF_MEDIA_PLATFORMS) {
    if (!folded.startsWith(platform)) continue;
    const rest = folded.slice(platform.length);
    const separator = PLATFORM_SEPARATOR.exec(rest);
    if (!separator) continue;
    const account = rest.slice(separator[0].length).trim();
    if (account) return { platform, account };
  }
  return null;
}

/** Cleans a display name: the labels and suffixes go, the user's spelling stays. */
export function cleanSourceName(name: string): string {
  let value = name.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(LEADING_LABELS, '');
  for (const suffix of TRAILING_SUFFIXES) value = value.replace(suffix, '');
  return value.trim();
}

/** What normalization found out about one outlet. */
export interface NormalizedSource {
  key: string;
  /** A display name for a new source row. */
  name: string;
  platform: string | null;
  /** The domain that identifies this outlet; null for self-media accounts (their host is the platform's). */
  domain: string | null;
}

/** Normalizes one outlet; null when neither a name nor a URL says anything. */
export function normalizeSource(input: { name: string | null; url: string | null; platform?: string | null }): NormalizedSource | null {
  const rawName = input.name ? cleanSourceName(input.name) : '';
  const explicitPlatform = input.platform ? foldText(input.platform) : '';
  const folded = foldText(rawName);
  const urlDomain = domainOf(input.url);
  const split = explicitPlatform && folded && !folded.startsWith(explicitPlatform) ? { platform: explicitPlatform, account: folded } : splitPlatformAccount(folded);
  if (split) {
    const platform = rawName ? displayPlatform(input.platform, split.platform) : split.platform;
    return { key: `acct:${split.platform}:${split.account}`, name: rawName, platform, domain: null };
  }
  const nameDomain = domainOf(folded);
  if (nameDomain) return { key: `domain:${nameDomain}`, name: nameDomain, platform: null, domain: nameDomain };
  if (folded) return { key: `name:${stripSiteSuffix(folded)}`, name: rawName, platform: null, domain: urlDomain };
  if (urlDomain) return { key: `domain:${urlDomain}`, name: urlDomain, platform: null, domain: urlDomain };
  return null;
}

/** Keeps the platform as the user wrote it when one was given, else the canonical spelling. */
function displayPlatform(given: string | null | undefined, canonical: string): string {
  return given?.trim() ? given.trim() : canonical;
}

/** `BBC News` and `bbc news.` match; `新华网` keeps its 网 because that is part of the name. */
function stripSiteSuffix(folded: string): string {
  return folded.replace(/[.。]+$/u, '').trim();
}
