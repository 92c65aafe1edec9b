import { describe, expect, it } from 'vitest';
import { domainOf, foldText, normalizeSource } from './normalizeSource';

const key = (name: string | null, url: string | null = null, platform?: string | null) => normalizeSource({ name, url, platform })?.key ?? null;

describe('normalizeSource', () => {
  it('keeps a NetEase self-media account apart from NetEase itself, with the platform recorded', () => {
    const account = normalizeSource({ name: '网易号 · 傲骨真心', url: 'https://www.163.com/dy/article/ABC.html' });
    expect(account).toEqual({ key: 'acct:网易号:傲骨真心', name: '网易号 · 傲骨真心', platform: '网易号', domain: null });
    expect(key('网易', 'https://www.163.com/news/x.html')).toBe('name:网易');
    expect(key('网易号 · 另一个号')).not.toBe(account?.key);
  });

  it('matches the same account written with other separators and widths', () => {
    for (const variant of ['网易号·傲骨真心', '网易号 | 傲骨真心', '网易号：傲骨真心', '来源：网易号 傲骨真心', '网易号 ・ 傲骨真心']) {
      expect(key(variant)).toBe('acct:网易号:傲骨真心');
    }
  });

  it('takes an explicit platform', () => {
    expect(key('傲骨真心', null, '网易号')).toBe('acct:网易号:傲骨真心');
    expect(normalizeSource({ name: '傲骨真心', url: null, platform: '网易号' })?.platform).toBe('网易号');
  });

  it('folds full width, case, whitespace and invisible characters', () => {
    expect(key('ＢＢＣ　Ｎｅｗｓ')).toBe('name:bbc news');
    expect(key('  BBC   news ')).toBe('name:bbc news');
    expect(key('BBC\u200b News')).toBe('name:bbc news');
    expect(foldText('Ｒｅｕｔｅｒｓ１２３')).toBe('reuters123');
  });

  it('drops 来源 labels and trailing site suffixes but keeps 网 in a name', () => {
    expect(key('来源：新华网')).toBe('name:新华网');
    expect(key('新华网 - 首页')).toBe('name:新华网');
    expect(key('新华网官网')).toBe('name:新华网');
    expect(key('BBC News - Home')).toBe('name:bbc news');
    expect(key('人民网')).toBe('name:人民网');
  });

  it('treats a name that is a domain as the domain, without www.', () => {
    expect(key('ntdtv.com')).toBe('domain:ntdtv.com');
    expect(key('www.NTDTV.com')).toBe('domain:ntdtv.com');
    expect(key('https://www.ntdtv.com/gb/2021/x.html')).toBe('domain:ntdtv.com');
  });

  it('falls back to the URL domain when the clipping names no outlet', () => {
    expect(normalizeSource({ name: null, url: 'https://m.thepaper.cn/newsDetail_1' })).toEqual({
      key: 'domain:thepaper.cn', name: 'thepaper.cn', platform: null, domain: 'thepaper.cn',
    });
    expect(normalizeSource({ name: '  ', url: null })).toBeNull();
    expect(normalizeSource({ name: null, url: 'not a url' })).toBeNull();
  });

  it('records the URL domain beside a named outlet', () => {
    expect(normalizeSource({ name: '澎湃新闻', url: 'https://www.thepaper.cn/a' })?.domain).toBe('thepaper.cn');
  });
});

describe('domainOf', () => {
  it('reads hosts and refuses non-addresses', () => {
    expect(domainOf('HTTPS://User@WWW.Example.COM.:8080/x')).toBe('example.com');
    expect(domainOf('新华网')).toBeNull();
    expect(domainOf(null)).toBeNull();
    expect(domainOf('localhost')).toBeNull();
  });
});
