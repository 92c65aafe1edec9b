import { describe, expect, it } from 'vitest';
import { textStats } from '../text/textStats';
import { IMAGE_DEBRIS, PHRASE_RULES } from './boilerplatePatterns';

/** The first rule that names a line, as classifySegments applies them. */
function reasonOf(line: string): { reason: string; section: boolean } | null {
  const { units } = textStats(line);
  const rule = PHRASE_RULES.find((r) => units <= r.maxUnits && r.pattern.test(line));
  return rule ? { reason: rule.reason, section: rule.startsSection ?? false } : null;
}

describe('phrase rules', () => {
  it.each([
    'What to Read Next',
    'Read this next',
    'Up next',
    'Don’t miss',
    "Editors' picks",
    'Around the web',
    'Recently Viewed',
    'Related videos',
    'Most read on The Courier',
    'More videos from Example',
    'In case you missed it',
    'Other Opinion Columns',
    'More business stories',
    '相关推荐',
    '猜你喜欢',
  ])('%s opens a list of other stories', (line) => {
    expect(reasonOf(line)).toEqual({ reason: 'related', section: true });
  });

  it.each(['Your video will play in 00:25', 'inRead invented by Teads', 'Story continues below advertisement', 'Ad - Continue reading below', 'Continue reading the main story', 'Wait 1 second to continue.'])(
    '%s is what an ad slot or a video player leaves behind',
    (line) => {
      expect(reasonOf(line)?.reason).toBe('promotion');
    },
  );

  it.each(['Check out more articles on Example.com!', 'Follow us on Twitter', 'Get our daily newsletter in your inbox'])('%s is promotion', (line) => {
    expect(reasonOf(line)?.reason).toBe('promotion');
  });

  it.each([
    'Up next for the council is a vote on the budget, which is due in March.',
    'Trending higher all week, the index closed at a record.',
    'The most read book in the library was a guide to the local birds.',
    'Other papers ran the same stories.',
  ])('prose that starts like a header is not one: %s', (line) => {
    expect(reasonOf(line)).toBeNull();
  });
});

describe('WeChat closers', () => {
  it.each(['编辑|禤志杰', '责编丨陈梦莹', '校对 | 黄慧敏', '来源|广州参考、广州南沙发布'])('%s is a credits line', (line) => {
    expect(reasonOf(line)?.reason).toBe('metadata');
  });

  it.each(['1、回复【公租房】查看最新消息', '点击菜单栏【便民服务】解锁更多服务！', '看都看完了，点【在看】试试', '喜欢就分享、点赞、在看吧'])('%s is the account\'s promotion', (line) => {
    expect(reasonOf(line)?.reason).toBe('promotion');
  });

  it('a bracketed call to action makes a long pitch a promotion', () => {
    expect(reasonOf('“只有潮水退了才知道谁在裸泳”，一张榜单尽显中国经济的“大事”与“大势”！ “2018十大经济年度人物评选”火热进行中！【点击投票】Pick你心目中的商业领袖')?.reason).toBe('promotion');
  });

  it.each(['编辑部的同事们连夜赶稿，第二天一早就把稿件送到了印刷厂。', '他回复说，这件事还在调查之中，暂时不便透露更多细节。'])('prose is not a closer: %s', (line) => {
    expect(reasonOf(line)).toBeNull();
  });
});

describe('link and separator debris', () => {
  it('a link announced to screen readers is navigation', () => {
    expect(reasonOf('Our Standards: The Trust Principles., opens new tab')?.reason).toBe('navigation');
    expect(reasonOf('Careers (opens in a new window)')?.reason).toBe('navigation');
  });

  it.each(['___', '* * *', '———', '====='])('%s is a separator', (line) => {
    expect(reasonOf(line)?.reason).toBe('other');
  });

  it.each(['-- ', '*-*', 'A---B'])('%s is not a separator', (line) => {
    expect(reasonOf(line)?.reason).not.toBe('other');
  });
});

describe('links to other stories inside an article', () => {
  it.each(['Read more: Amber heat-health alert issued for London', 'READ MORE: Council approves tram line', '相关阅读：长江流域今年首场大范围降雨来袭', 'See also: How the bridge was built'])('%s is a related link', (line) => {
    expect(reasonOf(line)?.reason).toBe('related');
  });

  it('a sentence about reading more is not one', () => {
    expect(reasonOf('Read more carefully, the report says something else entirely.')).toBeNull();
  });
});

describe('share bars and newsletter boxes', () => {
  it.each(['FacebookTwitterEmail', 'Facebook Twitter LinkedIn', '微信微博QQ空间'])('%s is a share bar', (line) => {
    expect(reasonOf(line)?.reason).toBe('share');
  });

  it("Get the week's most important climate stories delivered straight to your inbox every Thursday. is a newsletter pitch", () => {
    expect(reasonOf("Get the week's most important climate stories delivered straight to your inbox every Thursday.")?.reason).toBe('promotion');
  });

  it('a sentence naming a platform is not a share bar', () => {
    expect(reasonOf('Facebook and Twitter both removed the posts on Monday.')).toBeNull();
  });
});

describe('rules that must not reach ordinary text', () => {
  it.each(['Other features', '这次改革的重点在看得见的民生问题上，而不是账面数字。', 'Watch: the moment a whale lands on a boat', 'Phishing emails sent to your inbox often look genuine.'])('%s is not boilerplate', (line) => {
    expect(reasonOf(line)).toBeNull();
  });

  it('a long copyright footer that reserves the rights is still a notice', () => {
    const footer = 'Copyright © 2024 Example Media Group, a subsidiary of Example Holdings. All rights reserved. This material may not be published, broadcast, rewritten or redistributed in any form without prior written permission.';
    expect(reasonOf(footer)?.reason).toBe('disclaimer');
  });
});

describe('platform notices', () => {
  it.each(['平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。', '返回搜狐，查看更多', '打开凤凰新闻，查看更多高清图片'])('%s is boilerplate', (line) => {
    expect(reasonOf(line)).not.toBeNull();
  });
});

describe('skip links', () => {
  it.each(['Skip to content', 'Skip to main content', 'Jump to navigation Jump to search', 'Skip to contentSkip to site index'])('%s is navigation', (line) => {
    expect(reasonOf(line)?.reason).toBe('navigation');
  });

  it('a sentence that starts with "Jump to" is not a skip link', () => {
    expect(reasonOf('Jump to conclusions at your peril, the judge warned.')).toBeNull();
  });
});

describe('pager rule', () => {
  it('reads pagers and rejects a long run of digits in linear time', () => {
    expect(reasonOf('【1】【2】【3】 下一页')?.reason).toBe('navigation');
    expect(reasonOf('« 1 2 3 4 »')?.reason).toBe('navigation');
    expect(reasonOf('Page 2 of 7')?.reason).toBe('navigation');
    // Before the digits of a bare number had to end, 30 digits and a letter took seconds and 100
    // never finished: this line would run into the test's time limit.
    expect(reasonOf(`${'1'.repeat(100)}x`)).toBeNull();
  });
});

describe('image debris', () => {
  const isDebris = (line: string): boolean => IMAGE_DEBRIS.some((re) => re.test(line));

  it.each(['View gallery', 'toggle caption', 'hide caption', '1 of 24', 'Buy Photo', 'Full Screen', 'Enlarge this image'])('%s is a gallery or photo control', (line) => {
    expect(isDebris(line)).toBe(true);
  });

  it.each(['View the full report on the council website.', 'Caption competition winners announced', '1 of 24 councils voted against the plan.'])('prose is not debris: %s', (line) => {
    expect(isDebris(line)).toBe(false);
  });
});
