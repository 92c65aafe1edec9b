import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { neutralizeCss } from './neutralizeCss';
import { stripCspTriggers } from './stripCspTriggers';

/** What DOMPurify hands back when Trusted Types are enforced: an object the srcdoc sink accepts. */
export type FrameDocument = string | { toString(): string };

// The original pane shows the page as it looked, so layout and styles stay (WHOLE_DOCUMENT
// keeps <head><style>); anything that runs, embeds, navigates or submits goes. DOMPurify's
// defaults already drop script, iframe, object, embed, meta, base and link; they are named
// here too so that a later default change cannot bring one back.
const FRAME_CONFIG: Config = {
  WHOLE_DOCUMENT: true,
  ADD_TAGS: ['!doctype'],
  FORBID_TAGS: ['script', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'meta', 'base', 'link', 'form', 'template', 'math'],
  FORBID_ATTR: ['srcset', 'ping', 'action', 'formaction', 'background', 'poster', 'lowsrc', 'dynsrc', 'longdesc', 'codebase', 'manifest', 'autofocus'],
  ALLOW_DATA_ATTR: false,
};

// Attributes that make the frame fetch or navigate. `src` survives only as an inline image;
// every link loses its target, because a click would navigate the frame (an srcdoc document
// resolves even `#x` against the app's URL).
const LINK_ATTRIBUTES = ['href', 'xlink:href', 'data', 'target'];
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon)[;,]/i;

function disarmElement(node: Element): void {
  for (const name of LINK_ATTRIBUTES) node.removeAttribute(name);
  const src = node.getAttribute('src');
  if (src !== null && !INLINE_IMAGE.test(src.trim())) node.removeAttribute('src');
  const style = node.getAttribute('style');
  if (style !== null) node.setAttribute('style', neutralizeCss(style));
  // After DOMPurify's own checks of the element and its attributes: what is rewritten here is
  // what gets serialized.
  if (node.nodeName.toLowerCase() === 'style') node.textContent = neutralizeCss(node.textContent ?? '');
}

/**
 * The HTML of a clipping made fit for the original pane's sandboxed srcdoc frame: a whole
 * document with its styles, and nothing that runs (scripts, handlers, javascript: URLs), embeds
 * (iframe, object, embed), navigates (meta refresh, base, links, forms) or fetches (remote
 * images, @import, url(), fonts). With Trusted Types enforced, the result is TrustedHTML from
 * DOMPurify's `dompurify` policy (listed in the app CSP), which the srcdoc sink accepts.
 * `purify` is the DOMPurify bound to the page's window; tests pass one bound to jsdom.
 */
export function sanitizeOriginalHtml(html: string, purify: Purifier = DOMPurify): FrameDocument {
  // Hooks are per DOMPurify instance and this one is shared: they live only for this call.
  purify.addHook('afterSanitizeAttributes', disarmNode);
  try {
    // on* attributes and <base> go before DOMPurify parses: Chromium reports each one to the
    // console as a CSP violation even in an inert document (see stripCspTriggers).
    return purify.sanitize(stripCspTriggers(html), { ...FRAME_CONFIG, RETURN_TRUSTED_TYPE: true }) as FrameDocument;
  } finally {
    purify.removeHook('afterSanitizeAttributes', disarmNode);
  }
}

function disarmNode(node: Node): void {
  if (node.nodeType === 1) disarmElement(node as Element);
}
