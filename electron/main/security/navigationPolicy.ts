/** A navigation attempt, as will-frame-navigate reports it. */
export interface NavigationAttempt {
  url: string;
  isMainFrame: boolean;
}

/**
 * Gleaner never navigates: the UI is one page and links open through safeOpenExternal. The
 * only frame navigations allowed are a subframe becoming about:srcdoc or about:blank — how the
 * sandboxed original pane (an srcdoc iframe) comes to exist.
 */
export function isNavigationAllowed(attempt: NavigationAttempt): boolean {
  return !attempt.isMainFrame && (attempt.url === 'about:srcdoc' || attempt.url === 'about:blank');
}

/**
 * S8 as an allowlist: the only schemes a request may use. app: is the bundle, data:/blob: are
 * inline images and the worker, devtools: is DevTools when a developer opens it. Everything
 * else — http(s), ws(s), ftp, file:, smb:, chrome-extension: and any scheme Chromium adds
 * later — is cancelled, so a clipping can neither phone home nor read a local file.
 */
export const ALLOWED_REQUEST_PROTOCOLS: ReadonlySet<string> = new Set(['app:', 'data:', 'blob:', 'devtools:']);

/** True when a request to `url` must be cancelled: any scheme not allowed, and anything unparsable. */
export function isBlockedRequest(url: string): boolean {
  try {
    return !ALLOWED_REQUEST_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return true;
  }
}
