// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildViewBlocks } from '../../../shared/anchor/buildViewBlocks';
import { cleanClipping } from '../../../shared/clean/cleanClipping';
import type { CleanArticle } from '../../../shared/model/CleanArticle';
import type { Article } from '../../../shared/model/Library';
import { CleanBody } from './CleanBody';
import { CleanHeader } from './CleanHeader';
import { sanitizeOriginalHtml } from './sanitizeOriginalHtml';

// S10 on the mutation-XSS corpus of SECURITY.md §5.5 (rows 1–3, 5, 24): each payload goes
// through the real cleaner, then is rendered as the reader renders it (CleanHeader + CleanBody
// from the view blocks, every removed region restored as a user could), inserted into a live
// DOM, and searched for anything that could run. The original pane's document is checked the
// same way. A payload that survives as *text* is fine; a live element or attribute is not.

const PAYLOADS: Record<string, string> = {
  'mglyph/style': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  'form/math namespace confusion': '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(2)>',
  'svg/style': '<svg></p><style><a id="</style><img src=1 onerror=alert(3)>"></style></svg>',
  'svg style with markup': '<svg><style><img src=x onerror=alert(4)></style></svg>',
  'noscript attribute': '<noscript><p title="</noscript><img src=x onerror=alert(5)>"></p></noscript>',
  'svg use data:': '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoNiknLz48L3N2Zz4=#x"/></svg>',
  'map area javascript:': '<map name=m><area href="javascript:alert(7)" shape=default></map><img usemap=#m src=x>',
  'broken tag before iframe': '<.a<iframe src="javascript:alert(8)"></iframe>',
  'textarea/xmp/title breakouts': '<textarea><img title="</textarea><img src=x onerror=alert(9)>"></textarea><xmp><img title="</xmp><img src=x onerror=alert(10)>"></xmp>',
  'comment breakout': '<!--><img src=x onerror=alert(11)>-->',
  'template': '<template><img src=x onerror=alert(12)></template>',
  'handlers and scripts': '<script>alert(13)</script><body onload=alert(14)><svg onload=alert(15)></svg><input autofocus onfocus=alert(16)>',
  'embeds': '<iframe srcdoc="<script>alert(17)</script>"></iframe><object data="javascript:alert(18)"></object><embed src="javascript:alert(19)"><portal src="https://evil.example/"></portal>',
  'encoded javascript: links': '<a href="&#106;avascript:alert(20)">a</a><a href=" JaVaScRiPt&#58;alert(21)">b</a><a href="java&#x09;script:alert(22)">c</a><svg><a xlink:href="javascript:alert(23)"><text>d</text></a></svg>',
  'payload as paragraph text': '<p>Text that reads &lt;img src=x onerror=alert(24)&gt; and &lt;script&gt;alert(25)&lt;/script&gt; inside the article.</p>',
};

const BODY = [
  'The harbour authority said on Monday that talks about the shipping lanes would resume next week.',
  'Officials described the first round as constructive and expect a joint statement after the second round.',
  'Local traders welcomed the news, saying that months of uncertainty had kept ships waiting outside the port.',
];

function htmlClipping(payload: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>&lt;img src=x onerror=alert(0)&gt; Harbour talks</title>
<meta property="og:url" content="javascript:alert(26)"></head><body><article><h1>&lt;img src=x onerror=alert(0)&gt; Harbour talks</h1>
<p>${BODY[0]}</p>${payload}<p>${BODY[1]} ${payload}</p><p>${BODY[2]}</p></article></body></html>`;
}

const MARKDOWN = `---
title: "<img src=x onerror=alert(30)>"
url: javascript:alert(31)
---
# Harbour talks

${BODY[0]} <img src=x onerror=alert(32)> and [a link](javascript:alert(33)) and ![pic](data:text/html,<script>alert(34)</script>).

<script>alert(35)</script>

${BODY[1]} <svg onload=alert(36)></svg> ${BODY[2]}
`;

function clean(text: string, name: string): CleanArticle {
  const result = cleanClipping(new TextEncoder().encode(text), name);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/** The reader's clean pane for this article as markup, with every removed region restored. */
function renderCleanPane(article: CleanArticle): string {
  const format = article.format;
  const restored = article.removed.map((r) => ({ start: r.start, end: r.end }));
  const blocks = buildViewBlocks(article.blocks, { dropped: [], restored }, article.original, format);
  const row = { ...article, sourceName: article.source, gradeOverride: null } as unknown as Article;
  return renderToStaticMarkup(
    <section>
      <CleanHeader article={row} source={null} />
      <CleanBody blocks={blocks} bodyRef={null} />
    </section>,
  );
}

/** Inserts markup into the live document, parsed as a browser parses it, and returns its root. */
function insert(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div id="root">${markup}</div>`, 'text/html');
  const root = parsed.getElementById('root')!;
  document.body.replaceChildren(document.adoptNode(root));
  return root;
}

function liveDangers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('iframe, frame, script, object, embed, portal, svg, math, style, link, meta, base, form')) found.push(`<${el.localName}>`);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName} ${attr.name}`);
      // The DOM value is decoded; browsers also ignore tabs, newlines and leading spaces in URLs.
      if (/^javascript:/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${el.localName} ${attr.name}=${attr.value}`);
    }
  }
  return found;
}

describe('S10: the mXSS corpus through cleanClipping and the reader', () => {
  it.each(Object.entries(PAYLOADS))('%s: the clean pane has nothing live', (_name, payload) => {
    const article = clean(htmlClipping(payload), 'mxss.html');
    const root = insert(renderCleanPane(article));
    expect(root.querySelectorAll('[data-block-index]').length).toBeGreaterThan(0);
    expect(liveDangers(root)).toEqual([]);
  });

  it.each(Object.entries(PAYLOADS))('%s: the original frame document has nothing live', (_name, payload) => {
    const doc = new DOMParser().parseFromString(String(sanitizeOriginalHtml(htmlClipping(payload))), 'text/html');
    expect(doc.body.textContent).toContain(BODY[0]);
    expect(liveDangers(doc).filter((d) => d !== '<style>' && d !== '<svg>')).toEqual([]);
  });

  it('a payload kept as text stays text: title and paragraphs show it, no element is made of it', () => {
    const article = clean(htmlClipping(PAYLOADS['payload as paragraph text']!), 'text.html');
    const root = insert(renderCleanPane(article));
    expect(root.querySelector('h1')?.textContent).toContain('<img src=x onerror=alert(0)>');
    expect(root.textContent).toContain('<img src=x onerror=alert(24)>');
    expect(root.querySelectorAll('img').length).toBe(0);
    // The og:url is not a web link: it is shown as text, never as an href.
    expect(root.querySelector('a')).toBeNull();
  });

  it('Markdown attacks: raw HTML, javascript: links and front matter render as text', () => {
    const article = clean(MARKDOWN, 'attacks.md');
    const root = insert(renderCleanPane(article));
    expect(root.querySelectorAll('[data-block-index]').length).toBeGreaterThan(0);
    expect(liveDangers(root)).toEqual([]);
    expect(root.querySelectorAll('img, a[href^="javascript" i]').length).toBe(0);
  });
});
