/** The verdict on a URL the renderer asks to open outside the app. */
export type ExternalUrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_LENGTH = 2048;
// Control characters, every kind of whitespace and the bidi overrides that make a URL read
// differently from what it opens. A real link never needs them unescaped.
const SUSPICIOUS_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/;

/**
 * Decides whether `raw` may be handed to the operating system: only http, https and mailto,
 * parsed with the WHATWG parser, without credentials (the `https://bank.example@evil` trick),
 * without control/whitespace/bidi characters or backslashes (UNC and `https:\\` tricks).
 * Pure, so it is tested without Electron; safeOpenExternal adds the user's confirmation.
 */
export function isAllowedExternalUrl(raw: unknown): ExternalUrlVerdict {
  if (typeof raw !== 'string' || raw.length === 0) return { ok: false, reason: 'not a URL' };
  if (raw.length > MAX_LENGTH) return { ok: false, reason: 'URL too long' };
  if (SUSPICIOUS_CHARACTERS.test(raw)) return { ok: false, reason: 'URL contains spaces, control characters or backslashes' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a valid absolute URL' };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return { ok: false, reason: `links of type ${url.protocol} are not opened` };
  if (url.protocol === 'mailto:') {
    return url.pathname.length > 0 ? { ok: true, url: url.href } : { ok: false, reason: 'empty mail address' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'URL carries a user name or password' };
  if (url.hostname === '') return { ok: false, reason: 'URL has no host' };
  return { ok: true, url: url.href };
}
