// @vitest-environment jsdom
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { sanitizeOriginalHtml } from './sanitizeOriginalHtml';

const PIXEL = 'data:image/png;base64,iVBORw0KGgo=';

/** The sanitized document, parsed again the way the frame will parse it. */
function frameDocument(html: string): Document {
  return new DOMParser().parseFromString(String(sanitizeOriginalHtml(html)), 'text/html');
}

const HOSTILE = `<!doctype html><html><head>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/a.css"><link rel="preload" href="https://evil.example/f.woff2" as="font">
<style>@import url(https://evil.example/b.css); @font-face{font-family:E;src:url(https://evil.example/e.woff)}
body { color: rgb(1, 2, 3); background: url(https://evil.example/bg.png) } .lead { font-weight: bold }</style>
<script>parent.postMessage('script', '*')</script>
</head><body onload="parent.postMessage('onload','*')">
<p class="lead" style="color: red; background-image: url('https://evil.example/p.png')">Lead paragraph</p>
<img src="https://evil.example/remote.png" srcset="https://evil.example/2x.png 2x" alt="remote">
<img src="${PIXEL}" alt="inline" onerror="parent.postMessage('onerror','*')">
<img src="\\\\attacker\\share\\a.png" alt="unc"><img src="file:///etc/passwd" alt="file">
<iframe src="https://evil.example/frame"></iframe><iframe srcdoc="<script>parent.postMessage(1,'*')</script>"></iframe>
<object data="https://evil.example/o.swf"></object><embed src="https://evil.example/e.swf"><portal src="https://evil.example/"></portal>
<form action="https://evil.example/post"><input name="q" autofocus onfocus="parent.postMessage('focus','*')"><button formaction="https://evil.example/">Go</button></form>
<a href="javascript:parent.postMessage('js','*')">js</a><a href="JaVaScRiPt&#58;alert(1)">js2</a>
<a href="file:///etc/passwd">file</a><a href="smb://attacker/share">smb</a><a href="https://example.org/" target="_blank">web</a>
<svg onload="parent.postMessage('svg','*')"><image href="https://evil.example/s.png"/><use href="data:image/svg+xml,<svg id='x'/>#x"/></svg>
<video poster="https://evil.example/poster.png" src="https://evil.example/v.mp4"></video>
</body></html>`;

describe('sanitizeOriginalHtml', () => {
  const doc = frameDocument(HOSTILE);
  const all = [...doc.querySelectorAll('*')];

  it('keeps the page: its text, classes, <style> and inline styles', () => {
    expect(doc.body.textContent).toContain('Lead paragraph');
    expect(doc.querySelector('p.lead')?.getAttribute('style')).toContain('color: red');
    const style = doc.querySelector('head style')?.textContent ?? '';
    expect(style).toContain('color: rgb(1, 2, 3)');
    expect(style).toContain('.lead { font-weight: bold }');
    expect(doc.querySelector(`img[src="${PIXEL}"]`)).not.toBeNull();
  });

  it('leaves nothing that runs: no script, no on* attribute, no javascript: URL', () => {
    expect(doc.querySelector('script')).toBeNull();
    for (const el of all) {
      for (const attr of el.attributes) {
        expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
        expect(attr.value.toLowerCase(), `${el.tagName} ${attr.name}`).not.toMatch(/javascript:/);
      }
    }
  });

  it('leaves nothing that embeds, navigates or submits', () => {
    expect(doc.querySelectorAll('iframe, frame, object, embed, portal, meta, base, link, form').length).toBe(0);
    expect(doc.querySelectorAll('[href], [target], [action], [formaction], [autofocus]').length).toBe(0);
  });

  it('leaves nothing that fetches: only inline images, no remote url() or @import', () => {
    for (const el of doc.querySelectorAll('[src]')) expect(el.getAttribute('src')).toBe(PIXEL);
    expect(doc.querySelectorAll('[srcset], [poster], [background]').length).toBe(0);
    const css = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n') + all.map((el) => el.getAttribute('style') ?? '').join('\n');
    expect(css).not.toMatch(/evil\.example|@import|@font-face/i);
  });

  it('returns a whole document with its doctype', () => {
    const out = String(sanitizeOriginalHtml(HOSTILE));
    expect(out).toMatch(/^<!DOCTYPE html>\n<html>/);
    expect(out).toContain('</head><body');
  });

  it('removes its hooks after the call, so other users of DOMPurify are unaffected', () => {
    sanitizeOriginalHtml(HOSTILE);
    expect(DOMPurify.sanitize('<a href="https://example.org/">x</a>')).toBe('<a href="https://example.org/">x</a>');
  });
});
