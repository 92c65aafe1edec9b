// A clipping's CSS may load things: @import, @font-face sources, url() and image-set() in any
// property. The original frame's `csp` attribute refuses every such load, but each refusal is
// logged as a CSP violation, and the frame is only a picture of the page. So fetching
// constructs are disabled before the CSS reaches the frame, and the CSP stays the safety net.

const ESCAPE = /\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\r\n|[\n\r\f]|([\s\S]))/g;
const COMMENT = /\/\*[\s\S]*?(?:\*\/|$)/g;
const AT_IMPORT = /@import\b[^;{}]*;?/gi;
const FONT_FACE = /@font-face\b[^{}]*\{[^{}]*\}?/gi;
// A url() whose argument is quoted (either quote) or bare; the argument decides whether it stays.
const URL_FUNCTION = /\burl\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^)]*?)\s*\)/gi;
const IMAGE_SET = /\b((?:-webkit-)?image-set)\(/gi;
const BACKSLASH = '\\5c ';
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon)[;,]/i;

/**
 * Resolves CSS escapes first, so `\75 rl(` or `@\69mport` cannot hide from the patterns below.
 * A backslash that an escape produced is escaped again, so `\5c 75rl(` cannot become `\75rl(`.
 */
function unescapeCss(css: string): string {
  return css.replace(ESCAPE, (_match, hex: string | undefined, char: string | undefined) => {
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return code === 0x5c ? BACKSLASH : String.fromCodePoint(code);
    }
    return char === '\\' ? BACKSLASH : (char ?? '');
  });
}

function keepsUrl(argument: string): boolean {
  const unquoted = /^["']/.test(argument) ? argument.slice(1, -1) : argument;
  return INLINE_IMAGE.test(unquoted.trim());
}

/**
 * The CSS of a clipping with every fetching construct disabled: @import rules and @font-face
 * blocks removed, url() other than an inline data:image replaced by `none`, image-set() made
 * invalid (so its declaration is dropped). `<` comes back escaped, so the text can never close
 * the <style> element it is serialized in.
 */
export function neutralizeCss(css: string): string {
  return unescapeCss(css)
    .replace(COMMENT, '')
    .replace(AT_IMPORT, '')
    .replace(FONT_FACE, '')
    .replace(URL_FUNCTION, (match, argument: string) => (keepsUrl(argument) ? match : 'none'))
    .replace(IMAGE_SET, 'x-gleaner-removed-$1(')
    .replace(/</g, '\\3c ');
}
