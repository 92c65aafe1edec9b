/**
 * S9: the HTML clipping rendered as it was, in a frame that can run nothing and fetch nothing:
 * `sandbox=""` (no scripts, no same-origin, no navigation) plus a `csp` attribute.
 */
export const FRAME_CSP = "default-src 'none'; img-src data: app:; style-src 'unsafe-inline'";

export function HtmlFrame({ html, title }: { html: string; title: string }) {
  // `csp` is not in React's iframe props; the spread passes it through as an attribute, set
  // before the frame is inserted and starts loading.
  const cspAttribute = { csp: FRAME_CSP } as Record<string, string>;
  return <iframe className="original-frame" title={title} sandbox="" srcDoc={html} referrerPolicy="no-referrer" {...cspAttribute} />;
}
