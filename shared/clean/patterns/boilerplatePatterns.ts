import type { RemovalReason } from '../../model/CleanArticle';

/**
 * Phrase evidence for boilerplate, in Chinese and English. Each rule names the reason the
 * reader shows. Rules look at one block's text; the body selector weighs them with layout
 * evidence, so a rule may be broad as long as it is specific to its reason.
 */
export interface PhraseRule {
  reason: RemovalReason;
  pattern: RegExp;
  /** Longest block (in text units) the rule applies to; long prose that merely mentions a phrase is not boilerplate. */
  maxUnits: number;
  /** A section header: what follows it (to the end of the page or the next article text) is the same kind. */
  startsSection?: boolean;
}

const LABEL = '\\s*(?:[（(][^）)]{0,16}[）)])?\\s*[:：]';

/** A link to another story set inside an article: "Read more: <headline>", "相关阅读：<标题>". Never the headline. */
export const RELATED_LINK = /^(Read more|Read also|Also read|Related|See also|More on this|Recommended|相关阅读|延伸阅读|推荐阅读|相关新闻|相关报道)\s*[:：|]\s*\S/iu;

export const PHRASE_RULES: PhraseRule[] = [
  // Lists of other stories: headers that open them.
  {
    reason: 'related',
    pattern: /^(相关(推荐|阅读|新闻|文章|报道|链接|资讯|专题|内容)|热点推荐|热门推荐|推荐阅读|延伸阅读|猜你喜欢|为你推荐|喜欢此内容的人还喜欢|你可能还喜欢|大家都在看|热门文章|最新文章|热门资讯|推荐资讯|点击排行|排行榜|本企业其他资讯|往期回顾|精彩推荐|精彩图片|热文推荐|今日推荐|编辑推荐|更多(关于.*的)?(资讯|新闻|文章|精彩|内容)|头条要闻|作者(最新|其他|更多)文章|相关搜索|为您推荐|(你|您)?可能(会)?(喜欢|感兴趣)(的文章|的内容)?|热门.{0,4}排行(榜)?|Promoted( Links| Stories| Content)?|by Taboola|by Outbrain|Sponsored (Links|Stories)|推荐\\s*\\d*|查看更多跟贴|热门跟贴|跟贴|更多精彩|Related( (articles?|stories|posts|content|coverage|news|reading|topics))?|Recommended( for you| stories| reading)?|More (from|on|stories|news|in)\b|Read (more|next)|You (may|might) (also )?(like|be interested)|Most (read|popular|viewed|shared)|Popular (now|stories)|Trending( now)?|Top stories|Latest (news|stories)|Further reading|See also|What to read next|Read this next|Up next|Next up|Don[’']t miss|Editor[’']?s[’']? (picks|choice)|Top picks|Around the web|From (our|the) (partners|web)|Recently viewed|Related videos?|Watch (next|more)|Most (read|popular|viewed|shared) (on|in|at) .{2,30}|More (videos|articles)( from .{2,30})?|In case you missed it|Keep reading|More to explore|Elsewhere on .{2,30}|(Other|More) (.{1,30} )?(columns|stories|articles|headlines|posts))\s*[:：]?\s*$/iu,
    maxUnits: 24,
    startsSection: true,
  },
  {
    reason: 'comments',
    pattern: /^(网友评论|发表评论|写评论|全部评论|最新评论|热门评论|最热评论|精彩评论|评论区|我要评论|查看评论|\d+\s*条评论|评论\s*\(?\d*\)?|Comments?(\s*\(\d+\))?|\d+\s+comments?|Leave a (reply|comment)|Join the (conversation|discussion)|Add a comment|Show comments|View comments)\s*[:：]?\s*$/iu,
    maxUnits: 20,
    startsSection: true,
  },
  // English comment sections that name their count or the post: "There are 13 comments", "42 thoughts on “…”".
  {
    reason: 'comments',
    pattern: /^(There (are|is) (\d+|no|one) (comments?|responses?|replies)|(\d+|One) (thoughts?|responses?|replies|comments?) (on|to) .+|\d+ Responses?)\s*[:：]?\s*$/iu,
    maxUnits: 40,
    startsSection: true,
  },
  // Notices a platform appends to every page.
  {
    reason: 'disclaimer',
    pattern: new RegExp(
      `^((特别|免责|版权|郑重|法律|重要|平台)?声明${LABEL}|(Notice|Disclaimer|Legal notice)${LABEL}|版权所有|All rights reserved|未经(授权|许可)|转载请|本文(来源于|系|仅代表|转自)|本站(信息|声明|所有|部分)|本网(站)?(声明|注明|转载)|凡本网|以上内容为|本平台|如有侵权|If you believe)`,
      'iu',
    ),
    maxUnits: 400,
    startsSection: true,
  },
  // A copyright line is short; a photo credit (© Provided by …) run into the paragraph under it is not one.
  { reason: 'disclaimer', pattern: /^(Copyright\b|©|\(c\)\s*\d{4})/iu, maxUnits: 80, startsSection: true },
  // A long footer that opens with © and reserves the rights is still one.
  { reason: 'disclaimer', pattern: /^(Copyright\b|©|\(c\)\s*\d{4}).*(All rights reserved|版权所有)/iu, maxUnits: 400, startsSection: true },
  {
    reason: 'disclaimer',
    pattern: /(仅提供信息存储(空间)?服务|观点仅代表作者(本人|个人)|不代表本(站|网|平台|号)?(的)?(观点|立场)|information storage services|does not (necessarily )?(reflect|represent) the views|如有侵权请联系|版权归原作者所有|侵权请联系删除)/iu,
    maxUnits: 400,
  },
  // Closers of content farms: "以上是“…”的全部内容".
  { reason: 'other', pattern: /(正文已结束|您可以按alt\+\d进行评论|^返回.{0,8}首页|^(返回|打开).{1,8}[，,]\s*(查看|阅读|浏览)更多)/iu, maxUnits: 30 },
  { reason: 'other', pattern: /^(以上(就)?是.{0,120}(的)?(全部|所有)内容|本文到此结束|全文完|（完）$|\(完\)$|\[完\]$|— ?End ?—$|-{2,} ?END ?-{2,}$)/iu, maxUnits: 160 },
  // Page chrome.
  {
    reason: 'navigation',
    pattern: /^(当前位置|您的位置|你的位置|所在位置|您现在的位置|位置)\s*[:：]/u,
    maxUnits: 60,
  },
  {
    reason: 'navigation',
    pattern: /^(\S{0,6}首页|网站首页|返回首页|返回顶部|回到顶部|返回列表|上一篇|下一篇|上一页|下一页|登录|注册|申请入驻|我的订阅|无障碍浏览|进入关怀版|手机版|客户端|APP下载)|^(?:Skip|Jump) to (?:the )?(?:main )?(?:content|navigation|search|site index|footer|menu)|^(Home|Sign (in|up)|Log ?in|Menu|Back to top|Previous( article)?|Next( article)?|Advertisement)(?![\p{L}\p{N}])/iu,
    maxUnits: 14,
  },
  // A link a screen reader announces (", opens new tab"): the dump keeps the announcement.
  { reason: 'navigation', pattern: /[,(]\s*opens (in )?(a )?new (tab|window)\)?\s*$/iu, maxUnits: 40 },
  // A separator drawn with one repeated character (___, * * *, ———): no text at all.
  { reason: 'other', pattern: /^\s*([_*=~#·•—–-])(\s*\1){2,}\s*$/u, maxUnits: 4 },
  { reason: 'metadata', pattern: /^(Saved from|Archived from|Snapshot (of|taken)|Captured (on|from)|This (page|copy) was (saved|archived))\b/iu, maxUnits: 60 },
  { reason: 'metadata', pattern: /^[【\[](导读|摘要|核心提示|内容提要|提要|划重点)[】\]]/u, maxUnits: 400 },
  { reason: 'hot-search', pattern: /(热搜|热门搜索|热门标签|热门关键词|搜索热词|Trending (searches|topics))\s*[:：]/u, maxUnits: 120 },
  { reason: 'hot-search', pattern: /^(标签|关键词|关键字|文章关键词|热门关键词|Tags?|Topics?|Keywords?)\s*[:：]/iu, maxUnits: 60 },
  // A comment counter bar: "51条评论|1,307人参与", "跟贴1199 参与15867", "23 Comments".
  { reason: 'comments', pattern: /(\d[\d,]*\s*条(评论|跟贴|回复)|\d[\d,]*\s*人参与|跟贴\s*\d+)/u, maxUnits: 30, startsSection: true },
  {
    reason: 'share',
    pattern: /^(分享(至|到|给)?|一键分享|分享本文|Share( this( article| story)?| on)?|Tweet|Email|Print|打印(本文|本页)?|收藏|加入收藏|告诉好友|点赞|在看|举报|违规举报|关闭窗口|放大字体|缩小字体|字号|复制链接|Copy link)(\s|[:：]|$)/iu,
    maxUnits: 40,
  },
  { reason: 'share', pattern: /^(\[\s*[^\]]{1,10}\s*\]\s*){2,}$/u, maxUnits: 60 },
  // Pagers: 【1】【2】【3】 下一页, « 1 2 3 », Page 1 of 4.
  // A bare page number must end where its digits end: "12345" cannot be read as 1, 23, 45 … in
  // exponentially many ways (a line of 30 digits and a letter took seconds to reject).
  { reason: 'navigation', pattern: /^([«‹<]?\s*(?:(?:[【\[(]\d{1,3}[】\])]|\d{1,3}(?!\d))\s*){2,}(下一页|上一页|尾页|末页|Next|Prev(ious)?)?\s*[»›>]?|(第\s*\d+\s*页|Page \d+ of \d+).{0,20})$/iu, maxUnits: 20 },
  { reason: 'share', pattern: /^(分享|收藏|点赞|转发|举报|打印|纠错|我要纠错|我有话说|微信扫一扫|扫一扫)/u, maxUnits: 12 },
  { reason: 'comments', pattern: /^(回复|\d+\s*条回复|查看(全部|更多)?回复|展开(全部)?回复|Reply|Replies)(?![\p{L}\p{N}])/iu, maxUnits: 16 },
  { reason: 'footer', pattern: /(ICP(备|证)?\s*[\d号-]|[京沪粤浙苏]ICP|公网安备|违法和不良信息举报|互联网新闻信息服务许可)/u, maxUnits: 200 },
  { reason: 'footer', pattern: /(版权所有|版權所有|All rights reserved|主办单位|承办单位|技术支持[:：]|网站标识码)/iu, maxUnits: 90 },
  {
    reason: 'footer',
    pattern: /(网站地图|关于我们|联系我们|About (us|Us)|Contact (us|Us)|Privacy Policy|Terms (of (Use|Service)|and Conditions)|Cookie (Policy|Settings))/u,
    maxUnits: 40,
  },
  {
    reason: 'promotion',
    pattern: /(扫码|二维码|关注(我们|该?公众号|微信号)|长按(识别|复制|二维码)|下载.{0,6}(APP|客户端)|点击(进入|查看|阅读|关注|下载)|Subscribe (to|now)|Sign up (for|to)|newsletter|(delivered|straight) (straight )?to your inbox|^Check out more\b|^(Follow|Like) us on\b)/iu,
    maxUnits: 50,
  },
  // A call to action in brackets (【点击投票】, 【立即报名】) makes the whole line a promotion, however long its pitch.
  { reason: 'promotion', pattern: /[【\[](点击|点此|立即|马上)(投票|参与|报名|查看|进入|阅读|下载|领取|购买|订阅|抢购)[】\]]/u, maxUnits: 160 },
  // A WeChat account's service menu under its articles: 回复【社保】查询…, 点击菜单栏…, 点【在看】….
  { reason: 'promotion', pattern: /(回复[【「“"].{1,10}[】」”"]\s*(查看|查询|获取|了解|领取|即可)|点击菜单栏|点(个|一下)[【「“"]?在看|点[【「“"]在看|点亮[【「“"]?在看|^阅读原文|分享.{0,4}点赞.{0,4}在看)/u, maxUnits: 60 },
  // A share bar whose labels the dump runs together: "FacebookTwitterEmail", "微信微博QQ空间".
  {
    reason: 'share',
    pattern: /^(?:(?:Facebook|Twitter|X|Email|E-mail|LinkedIn|WhatsApp|Reddit|Pinterest|Print|Copy link|Share|Flipboard|Messenger|Telegram|Threads|Bluesky|微信|微博|朋友圈|QQ空间|QQ|豆瓣)\s*[|·•,，]?\s*){2,}$/iu,
    maxUnits: 30,
  },
  // A link to another story set inside the article (RELATED_LINK): removed, but not a section header.
  { reason: 'related', pattern: RELATED_LINK, maxUnits: 40 },
  // What an ad slot or a video player leaves in the text: countdowns, "story continues below", ad-network credits.
  {
    reason: 'promotion',
    pattern: /^(Your video will (play|begin|start) in|Video will (play|begin|start) in|Ad will (play|end) in|inRead invented by Teads|Story continues below( (this )?(ad|advertisement))?|Article continues below( (this )?(ad|advertisement))?|(Advertisement|Ad)\s*[-–—:]\s*(Continue|Scroll) (reading|down)|Continue reading (the main story|below)|Skip Ad|Wait \d+ seconds? to continue|Replay video|Up Next)\b/iu,
    maxUnits: 30,
  },
  // Ad labels are whole lines; "广告牌" in a sentence is not an ad.
  { reason: 'promotion', pattern: /^[（(【\[]?(广告|推广|赞助|Advertisement|Advertising|Sponsored( content)?|Ad)[）)】\]]?$/iu, maxUnits: 6 },
  // WeChat articles close with credits set off by a bar: 编辑|张三, 责编丨李四, 校对 | 王五.
  { reason: 'metadata', pattern: /^(编辑|责编|责任编辑|校对|审核|审校|监制|统筹|策划|排版|美编|来源|作者|记者|撰文|文字|图片|摄影|视频|设计|出品|主编|终审|初审|复审)\s*[|｜丨]\s*\S/u, maxUnits: 60 },
  {
    reason: 'metadata',
    pattern: new RegExp(
      `^[（(【\\[]?\\s*(發布日期|發布時間|發佈時間|來源|編輯|責任編輯|責編|記者|瀏覽次數|閱讀|发布日期|发布时间|发表时间|发表日期|更新时间|时间|日期|来源|稿源|出处|作者|文|编辑|责任编辑|责编|主编|编审|浏览次数|浏览量|阅读量|阅读数|阅读|点击量|点击数|点击|类别|分类|栏目|原标题|原文标题|本文来源|文章来源|来源于|信息来源|原文地址|信息原文地址|原文链接|本文链接|记者|通讯员|校对|审核|审校|监制|制作|摄影|图片来源|快照生成时间|核心提示|摘要|导读|内容提要|Source|By|Author|Posted( on| by)?|Published( on)?|Updated( on)?|Editor|Filed under|Photo(graph)?|Image|Credit)${LABEL}`,
      'iu',
    ),
    maxUnits: 80,
  },
];

/** Image debris a text dump keeps from `<img>` tags: attribute tails, encoded JSON, bare image URLs. */
export const IMAGE_DEBRIS = [
  /^[a-z-]*="%7B/i,
  /\balt="[^"]*"\s*\/?>\s*$/i,
  /^<\/?(img|image|figure|picture|source)\b/i,
  /^\S+\.(jpe?g|png|gif|webp|svg|bmp)(\?\S*)?$/i,
  /^(\[图片\]|\[image\]|图片|image|img|点击查看大图|查看原图|点击图片查看|Click to enlarge|Enlarge this image|Expand image)$/iu,
  // A gallery's or photo's controls: "View gallery", "toggle caption", "1 of 24", "Buy Photo".
  /^(View (gallery|photos?|slideshow|larger image|image)|Open (gallery|slideshow)|(toggle|hide|show) caption|Caption|Buy Photo|Full ?screen|Autoplay|\d{1,3} of \d{1,3}( (photos?|images?|slides?))?)$/iu,
  /^!\[[^\]]*\]\([^)]*\)$/u,
];

const DATE_PART = String.raw`(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2}(?:\d{2})?)?)`;
const TIME_PART = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?`;
const DATETIME_PART = `(?:${DATE_PART}(?:\\s*${TIME_PART})?)`;

/**
 * A line that is only a date and/or time (a list entry's timestamp, a display time), possibly
 * repeated: 2023-04-11 09:15, 4/11/23 9:15am 4/11/23 9:15am (US sites print the time twice for
 * screen sizes). A bare time without a date is not one: it may be a score or a ratio.
 */
export const BARE_DATETIME = new RegExp(`^\\s*${DATETIME_PART}(?:\\s+${DATETIME_PART})*\\s*$`, 'iu');

/** A list entry's stamp: a bare date/time, a relative time, or a short line ending in one (outlet + time, user + time). */
export const STAMP = /^\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4}|\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)|(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.月]\d{1,2}日?)(\s*\d{1,2}:\d{2}(:\d{2})?)?|(刚刚|昨天|今天|前天)(\s*\d{1,2}:\d{2}(:\d{2})?)?|\d+\s*(秒|分钟|小时|天|周|个月)前|\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago)\s*$/iu;

/** A relative time, in Chinese and English: "3天前", "2 hours ago". */
const RELATIVE_TIME = String.raw`\d+\s*(秒|分钟|小时|天)前|(minutes?|hours?|days?) ago`;
/** A line ending in a relative time ("Alex Perry 1 day ago", "3天前"): it dates what it sits under. */
export const ENDS_WITH_RELATIVE_TIME = new RegExp(`(${RELATIVE_TIME})\\s*$`, 'iu');
/** A line ending in a clock time or a relative time: a byline or a list entry's stamp. */
export const ENDS_WITH_STAMP = new RegExp(`(\\d{1,2}:\\d{2}(:\\d{2})?|${RELATIVE_TIME})\\s*$`, 'iu');

/** A line that is a bare number or counter (likes, shares, reads). */
export const BARE_COUNTER = /^\s*[\d.,万千wWkK+]+\s*(阅读|评论|赞|转发|分享|次|人)?\s*$/u;
