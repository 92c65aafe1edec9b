import { describe, expect, it } from 'vitest';
import { makeSegment, type Segment } from '../Segment';
import { findByline } from './findByline';

const BODY = 'The council voted on Monday night to close the bridge to cars from next spring, ending a long argument.';
const segs = (...texts: string[]): Segment[] => texts.map((t, i) => makeSegment(t, i * 200, i * 200 + t.length));

describe('findByline: English bylines', () => {
  it.each([
    ['By Steve Martin', 'Steve Martin'],
    ['By Anna Novak and Tom Marsh', 'Anna Novak and Tom Marsh'],
    ['By Erin Cole March 18, 2015', 'Erin Cole'],
    ['By JEFFREY GETTLEMAN JAN. 13, 2017', 'JEFFREY GETTLEMAN'],
    ['By Sam Decker Sept. 5, 2019', 'Sam Decker'],
    ['By: Tom Aldridge', 'Tom Aldridge'],
    ['By JANE DOE FOR DAILYMAIL.COM', 'JANE DOE'],
    ['By Priya Raman for The Northern Ledger', 'Priya Raman'],
  ])('%s names %s (a surname like a month stays; the date’s month goes)', (line, name) => {
    expect(findByline(segs(line, BODY), 1, 1).author).toBe(name);
  });

  it('takes the byline above the article over one in the comments after it', () => {
    const page = segs('By Erin Cole', BODY, 'Comments', 'By Mark Reader', 'I disagree with all of this.');
    expect(findByline(page, 1, 1).author).toBe('Erin Cole');
    expect(findByline(segs(BODY, 'Comments', 'By Mark Reader'), 0, 0).author).toBeNull();
  });

  it('reads the outlet from a From: line in the header, not from one after the article', () => {
    expect(findByline(segs('From: The Riverside Courier', BODY), 1, 1).source).toBe('The Riverside Courier');
    expect(findByline(segs(BODY, 'From: Some Other Paper'), 0, 0).source).toBeNull();
  });
});

describe('findByline: the outlet beside a header date', () => {
  it('a time zone after the time is not an outlet', () => {
    const page = segs('Scientists map the largest coral reef ever found in deep water', 'April 3, 20245:00 AM ET', BODY);
    expect(findByline(page, 2, 2, 0).source).toBeNull();
  });

  it('a name after the date still is', () => {
    const page = segs('Council votes to close the bridge', '2018年12月28日 19:55 新京报', BODY);
    expect(findByline(page, 2, 2, 0).source).toBe('新京报');
  });
});

describe('findByline: WeChat meta lines and photo credits', () => {
  it.each([
    ['原创 林小禾 成长有方 2023-07-18 20:30 发表于浙江', '成长有方', '林小禾'],
    ['原创 kingname 未闻Code 前天', '未闻Code', 'kingname'],
    ['爱否科技 昨天', '爱否科技', null],
  ])('%s names the account %s', (line, account, author) => {
    const page = segs('县城里的咖啡馆，正在变多', line, '过去两年，越来越多的连锁咖啡品牌把门店开进了县城，一条主街上就能看到三四家咖啡馆。');
    const found = findByline(page, 2, 2, 0);
    expect(found.source).toBe(account);
    expect(found.author).toBe(author);
  });

  it('a photo credit (图片来源：) is not the outlet, a 来源： line is', () => {
    const body = '过去两年，越来越多的连锁咖啡品牌把门店开进了县城，一条主街上就能看到三四家咖啡馆。';
    expect(findByline(segs(body, '图片来源：视觉中国'), 0, 0).source).toBeNull();
    expect(findByline(segs('来源：新京报', body), 1, 1).source).toBe('新京报');
  });
});

describe('findByline: a news app author card', () => {
  const body = '9月13日，记者从省气象台了解到，受今年第12号台风外围云系影响，14日至16日我省东部沿海将出现明显风雨天气。';

  it('the account on the line above the header date is the outlet', () => {
    expect(findByline(segs('台风逼近 我省东部沿海14日起迎明显风雨', '央视新闻客户端', '2022-09-13 20:05', '发布于北京', body), 4, 4, 0).source).toBe('央视新闻客户端');
  });

  it('so is the account above a labelled publish time (百家号)', () => {
    expect(findByline(segs('日本最后一家传呼机公司停止服务', 'IT之家', '发布时间：09-3022:46青岛软媒网络科技有限公司', body), 3, 3, 0).source).toBe('IT之家');
  });

  it('an English name above the date is not taken for the outlet', () => {
    expect(findByline(segs('Council votes to close the bridge', 'Sam Green', '2022-09-13 20:05', BODY), 3, 3, 0).source).toBeNull();
  });
});

describe('findByline: self-media breadcrumbs', () => {
  const body = '近日，“广州南沙国际邮轮母港开港倒计时100日”发布会召开，邮轮母港将于11月17日正式开港，四条国际航线同时公布。';

  it('the crumb after the platform is the account', () => {
    expect(findByline(segs('澎湃号 > 中国广州发布', '定了！广州南沙邮轮母港即将开通', body), 2, 2, 1).source).toBe('澎湃号 · 中国广州发布');
  });

  it('a trail that ends in 正文 names only the platform', () => {
    expect(findByline(segs('网易首页 > 网易号 > 正文 申请入驻', '定了！广州南沙邮轮母港即将开通', body), 2, 2, 1).source).toBe('网易号');
  });
});

describe('findByline: lines that only look like a WeChat meta line', () => {
  it.each(['Updated 2023-07-18 20:30', 'Sam Green 2022-09-13 20:05', '作者：张三 2023-07-18'])('%s names no account', (line) => {
    const found = findByline(segs('Council votes to close the bridge', line, BODY), 2, 2, 0);
    expect(found.source).not.toBe('Updated');
    expect(found.source).not.toBe('Green');
    expect(found.source).not.toBe('作者：张三');
  });

  it('a reporter’s name alone above the date is not the outlet', () => {
    expect(findByline(segs('台风逼近 我省东部沿海14日起迎明显风雨', '张三', '2022-09-13 20:05', BODY), 3, 3, 0).source).toBeNull();
  });
});
