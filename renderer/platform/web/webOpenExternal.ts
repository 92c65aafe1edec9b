const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/**
 * Opens an http(s) or mailto link in a new tab after the user confirms, without giving the
 * new page a handle on this one. Everything else (file:, javascript:, custom schemes) is refused.
 */
export function webOpenExternal(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return false;
  }
  if (!ALLOWED.has(url.protocol) || url.username || url.password) return false;
  if (!window.confirm(`Open this link outside Gleaner?\n\n${url.href}`)) return false;
  window.open(url.href, '_blank', 'noopener,noreferrer');
  return true;
}
