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

/** Schemes whose requests are cancelled: the app makes no network requests at all. */
export const BLOCKED_REQUEST_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** True when a request to `url` must be cancelled (network schemes, and anything unparsable). */
export function isBlockedRequest(url: string): boolean {
  try {
    return BLOCKED_REQUEST_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return true;
  }
}
