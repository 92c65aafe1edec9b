import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentTypeFor, securityHeaders } from './contentSecurityPolicy';
import { resolveBundlePath } from './resolveBundlePath';

/** The app's scheme and host: the renderer's origin is app://bundle. Changing either loses the user's IndexedDB. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Must run before `ready`. standard: real origin and relative URLs; secure: a secure context
 * (needed for crypto.subtle and Trusted Types); supportFetchAPI/corsEnabled: module scripts
 * and workers load through fetch semantics; stream off, bypassCSP off (our CSP applies).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/**
 * Serves the renderer bundle, and nothing else, on app://bundle/, with the CSP as a header.
 * The resolver refuses traversal, encoded separators, absolute paths and escaping symlinks.
 */
export function handleAppProtocol(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const plain = (status: number, text: string) => new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
    if (url.host !== APP_HOST) return plain(404, 'unknown host');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    // The parsed path (no query, no fragment, dot segments resolved, escapes kept): the
    // resolver refuses encoded separators, NUL, drive letters and anything that leaves the root.
    const resolution = await resolveBundlePath(rendererRoot, url.pathname);
    if (!resolution.ok) return plain(resolution.status, resolution.reason);
    try {
      const body = await readFile(resolution.file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: securityHeaders(contentTypeFor(resolution.file)) });
    } catch {
      return plain(404, 'not found');
    }
  });
}
