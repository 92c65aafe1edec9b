import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Where a request for a bundle file ended: a file to serve, or an HTTP status to answer with. */
export type BundleResolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

const WINDOWS_DRIVE = /^[a-zA-Z]:/;
// Encoded separators, NUL and backslashes have no business in a bundle URL; refusing them
// outright is simpler than proving every later step treats them safely.
const FORBIDDEN_ENCODED = /%(2f|5c|00)/i;

/**
 * Maps the path part of a request URL (raw, as an HTTP server sees it, or already normalized by
 * a URL parser) to a file inside `root`, or refuses. Shared by the app:// handler and the web
 * edition's server so both refuse the same things:
 * 400 for malformed or traversal-shaped paths (`..`, `%2e%2e`, `%2f`, `\`, NUL, absolute, drive),
 * 403 for paths that resolve outside the root (including through a symlink), 404 otherwise.
 */
export async function resolveBundlePath(root: string, requestPath: string): Promise<BundleResolution> {
  const bare = requestPath.split(/[?#]/, 1)[0] ?? '';
  if (bare.includes('\\') || bare.includes('\0') || FORBIDDEN_ENCODED.test(bare)) {
    return { ok: false, status: 400, reason: 'forbidden character' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    return { ok: false, status: 400, reason: 'malformed escape' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400, reason: 'forbidden character' };
  if (!decoded.startsWith('/')) return { ok: false, status: 400, reason: 'not an absolute URL path' };
  const relative = decoded.slice(1);
  if (relative.startsWith('/') || WINDOWS_DRIVE.test(relative)) return { ok: false, status: 400, reason: 'absolute path' };
  const segments = relative.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 400, reason: 'dot segment' };
  if (segments.some((s) => s.includes(':'))) return { ok: false, status: 400, reason: 'colon in path' };

  const wanted = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const rootReal = await realpath(root).catch(() => null);
  if (rootReal === null) return { ok: false, status: 404, reason: 'bundle root missing' };
  const candidate = path.resolve(rootReal, ...wanted.split('/'));
  if (!isInside(rootReal, candidate)) return { ok: false, status: 403, reason: 'outside the bundle' };

  // The lexical check above cannot see symlinks; the real path can.
  const real = await realpath(candidate).catch(() => null);
  if (real === null) return { ok: false, status: 404, reason: 'not found' };
  if (!isInside(rootReal, real)) return { ok: false, status: 403, reason: 'symlink leaves the bundle' };
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) return { ok: false, status: 404, reason: 'not a file' };
  return { ok: true, file: real };
}

/** True when `child` is `parent` itself or lies below it. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
