/**
 * The one Content-Security-Policy of the app renderer, sent as a response header by both hosts:
 * the app:// protocol handler (Electron) and scripts/web.mjs (web edition). Keeping it in one
 * place means the browser tests exercise exactly the policy the desktop app ships.
 *
 * Why each directive (see SECURITY.md §3.4):
 * - default-src 'none': anything not listed below is refused, including remote origins.
 * - script-src / worker-src 'self': only bundled module files run; no inline script, no eval.
 *   worker-src is named explicitly because the web edition cleans in a module Web Worker.
 * - style-src 'unsafe-inline' — the original pane is an srcdoc frame, and an srcdoc document
 *   inherits this policy: without it, every inline style of a clipping is stripped and logged as
 *   a violation. Scripts stay 'self' only; with no remote origin allowed anywhere, injected CSS
 *   has nowhere to send data (SECURITY.md §3.4 caveat; ARCHITECTURE.md, Security invariants).
 * - img-src data: blob: — clipping images inlined by the cleaner; never a remote host.
 * - frame-src 'self' — the original pane is a sandboxed srcdoc iframe (about:srcdoc inherits).
 * - require-trusted-types-for 'script' — raw innerHTML/Worker-URL strings throw; the renderer
 *   registers a `dompurify` policy (sanitized HTML) and a `default` policy (same-origin script
 *   URLs only, for the module worker Vite emits).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types dompurify default',
].join('; ');

/** Every response of the bundle carries these headers, whichever host serves it. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/**
 * The Content-Type for a bundle file by extension. Unknown types are served as opaque bytes
 * so that, with nosniff, the browser never executes or renders them.
 */
export function contentTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const ext = dot >= 0 ? filePath.slice(dot).toLowerCase() : '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}
