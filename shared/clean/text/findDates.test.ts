import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDates, parseMachineDate } from './findDates';

const first = (text: string): string | undefined => findDates(text)[0]?.iso;

describe('findDates', () => {
  it.each([
    ['发布时间：2023-11-14 11:19:00 来源：河南广播电视台', '2023-11-14T11:19:00'],
    ['2018年12月28日 19:55 新京报', '2018-12-28T19:55'],
    ['【新唐人北京时间2021年05月20日讯】', '2021-05-20'],
    ['Tue 19 Sep 2023 16.42 BST', '2023-09-19'],
    ['Updated 6:24 PM EDT, Thu May 20, 2021', '2021-05-20'],
    ['Veröffentlicht am 20.05.2021', '2021-05-20'],
    ['Posted 05/20/2021', '2021-05-20'],
    ['Posted 20/05/2021', '2021-05-20'],
  ])('reads %s', (text, iso) => {
    expect(first(text)).toBe(iso);
  });

  it.each(['03/04/2021', 'no date here', '2019年13月40日', 'page 12 of 2020'])('finds no date in %s (ambiguous or invalid)', (text) => {
    expect(first(text)).toBeUndefined();
  });

  it('reads dates from URLs and machine formats', () => {
    expect(dateFromUrl('https://www.ntdtv.com/gb/2021/05/20/a103124021.html')).toBe('2021-05-20');
    expect(dateFromUrl('https://example.com/news/20190907/a.html')).toBe('2019-09-07');
    expect(dateFromUrl('https://example.com/about')).toBeNull();
    expect(parseMachineDate('2019-09-07T01:53:00Z')).toBe('2019-09-07T01:53:00');
    expect(parseMachineDate('2019-9-7 21:30:50')).toBe('2019-09-07T21:30:50');
  });
});

describe('parseMachineDate with a page time zone', () => {
  it('shifts a UTC time to the page zone, and leaves local or offset-free times as written', () => {
    expect(parseMachineDate('2019-09-06T23:30:00Z', 8)).toBe('2019-09-07T07:30:00');
    expect(parseMachineDate('2019-09-06T23:30:00.000+00:00', 8)).toBe('2019-09-07T07:30:00');
    expect(parseMachineDate('2019-09-07T09:53:00+08:00', 8)).toBe('2019-09-07T09:53:00');
    expect(parseMachineDate('2019-09-06T23:30:00Z')).toBe('2019-09-06T23:30:00');
  });
});

describe('English month names', () => {
  it('reads title, upper and lower case months, and a capitalized month glued to the word before it', () => {
    expect(findDates('JULY 26, 2016').map((d) => d.iso)).toEqual(['2016-07-26']);
    expect(findDates('on march 3 2020').map((d) => d.iso)).toEqual(['2020-03-03']);
    expect(findDates('Yahoo FinanceOctober 13, 2016').map((d) => d.raw)).toEqual(['October 13, 2016']);
  });

  it('does not read a month out of the end of a word', () => {
    expect(findDates('to their dismay 5, 2010 was worse')).toEqual([]);
    expect(findDates('Dismay 5, 2010')).toEqual([]);
  });
});

describe('month names are whole words', () => {
  it('reads no month out of a longer word after it either', () => {
    expect(findDates('Marketing 14, 2024')).toEqual([]);
    expect(findDates('12 Marketing 2020')).toEqual([]);
    expect(findDates('Daily MarketsOctober 14, 2024').map((d) => d.iso)).toEqual(['2024-10-14']);
    expect(findDates('5th Sept. 2019, 13 October 2016').map((d) => d.iso)).toEqual(['2019-09-05', '2016-10-13']);
  });
});

describe('European month names', () => {
  it('reads day-first dates in French, Spanish, Portuguese, Italian, German and Dutch', () => {
    const iso = (t: string): string[] => findDates(t).map((d) => d.iso);
    expect(iso('Par A. Hervaud — 24 novembre 2017 à 18:42')).toEqual(['2017-11-24']);
    expect(iso('3 de marzo de 2020')).toEqual(['2020-03-03']);
    expect(iso('1º de janeiro de 2019')).toEqual(['2019-01-01']);
    expect(iso('5. März 2021')).toEqual(['2021-03-05']);
    expect(iso('12 mei 2022')).toEqual(['2022-05-12']);
    expect(iso('30 Maiden 2020')).toEqual([]);
  });
});
