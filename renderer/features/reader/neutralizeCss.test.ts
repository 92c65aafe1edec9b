import { describe, expect, it } from 'vitest';
import { neutralizeCss } from './neutralizeCss';

const PIXEL = 'data:image/png;base64,iVBORw0KGgo=';

describe('neutralizeCss', () => {
  it.each([
    ['@import url(https://evil.example/a.css); p{color:red}', ' p{color:red}'],
    ['@import "https://evil.example/a.css";', ''],
    ['@IMPORT "//evil.example/a.css";', ''],
    ['@font-face { font-family: X; src: url(https://evil.example/x.woff2) } p{}', ' p{}'],
    ['body { background: url(https://evil.example/bg.png) no-repeat }', 'body { background: none no-repeat }'],
    ['a { background-image: url("https://evil.example/a).png") }', 'a { background-image: none }'],
    ["a { cursor: url('file:///etc/passwd'), auto }", 'a { cursor: none, auto }'],
    ['a { list-style: URL(\\\\attacker\\share\\a.png) }', 'a { list-style: none }'],
  ])('disables the fetch in %j', (css, expected) => {
    expect(neutralizeCss(css)).toBe(expected);
  });

  it.each([
    ['escaped function name', 'p { background: \\75 rl(https://evil.example/a.png) }'],
    ['escaped at-rule', '@\\69mport "https://evil.example/a.css";'],
    ['comment inside the name', 'p { background: ur/**/l(https://evil.example/a.png) }'],
    ['double escape', 'p { background: \\5c 75rl(https://evil.example/a.png) }'],
    ['image-set with a bare string', 'p { background: image-set("https://evil.example/a.png" 1x) }'],
    ['prefixed image-set', 'p { background: -webkit-image-set("https://evil.example/a.png" 1x) }'],
  ])('leaves no working fetch behind a trick: %s', (_name, css) => {
    const out = neutralizeCss(css).toLowerCase();
    expect(out).not.toMatch(/(?<![\w-])url\(|@import|(?<![\w-])(?:-webkit-)?image-set\(/);
    // No escape is left that a browser could turn back into a function name.
    expect(out).not.toMatch(/\\(?!5c |3c )/);
  });

  it('keeps inline images, colours and layout', () => {
    const css = `p { color: #333; margin: 0 auto; background: url(${PIXEL}) }`;
    expect(neutralizeCss(css)).toBe(css);
  });

  it('cannot close the <style> element it is serialized in', () => {
    const out = neutralizeCss('p{} \\3c /style\\3e <img src=x onerror=alert(1)>');
    expect(out).not.toContain('<');
    expect(out).toContain('\\3c /style>');
  });
});
