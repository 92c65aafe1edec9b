import { useMemo } from 'react';
import { sanitizeOriginalHtml } from './sanitizeOriginalHtml';

/**
 * S9: the HTML clipping rendered as it was, in a frame that can run nothing and fetch nothing:
 * `sandbox=""` (no scripts, no same-origin, no navigation, no forms) plus a `csp` attribute.
 */
export const FRAME_CSP = "default-src 'none'; img-src data: app:; style-src 'unsafe-inline'";

/**
 * The one place that writes `srcdoc` (lint allows it nowhere else). The app CSP requires
 * Trusted Types, so a raw string in srcdoc throws; the document comes from DOMPurify's
 * `dompurify` policy after sanitizing (sanitizeOriginalHtml), so three layers hold: the
 * sanitized markup, the frame's sandbox, and its CSP.
 */
export function HtmlFrame({ html, title }: { html: string; title: string }) {
  // Memoized: React compares the prop by identity, and a fresh TrustedHTML per render would
  // reload the frame each time.
  const doc = useMemo(() => sanitizeOriginalHtml(html), [html]);
  // `csp` is not in React's iframe props; the spread passes it through as an attribute, set
  // before the frame is inserted and starts loading.
  const cspAttribute = { csp: FRAME_CSP } as Record<string, string>;
  // React 19 hands an object attribute value to setAttribute unchanged (its Trusted Types
  // integration), so TrustedHTML reaches the sink; the cast only satisfies React's prop type.
  return <iframe className="original-frame" title={title} sandbox="" srcDoc={doc as string} referrerPolicy="no-referrer" {...cspAttribute} />;
}
