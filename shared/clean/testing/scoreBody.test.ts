 
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
 
import { describe, expect, it } from 'vitest';
import { dayOf, scoreBody, scoreTokens, titleMatches, titleSimilarity } from './scoreBody';

describe('scoreTokens', () => {
  it('splits CJK per character and keeps Latin words and numbers whole', () => {
    expect(scoreTokens('美俄外长 met in Reykjavík 19日')).toEqual(['美', '俄', '外', '长', 'met', 'in', 'reykjavík', '19', '日']);
  });
  it('normalizes full-width forms and case (NFKC)', () => {
    expect(scoreTokens('ＡＢＣ１２３，Hello')).toEqual(['abc123', 'hello']);
  });
});

describe('scoreBody', () => {
  const gold = ['当地时间19日美俄外长在冰岛会晤。', '双方承认存在严重分歧。'];
  it('is 1 for the gold itself and 0 for nothing', () => {
    expect(scoreBody(gold.join('\n\n'), gold).f1).toBe(1);
    expect(scoreBody('', gold)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('loses precision for extra text and recall for missing text', () => {
    const extra = scoreBody(`${gold.join('\n')}\n相关推荐热点新闻排行榜`, gold);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeLessThan(1);
    const missing = scoreBody(gold[0]!, gold);
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeLessThan(1);
  });
  it('does not hold optional text against precision', () => {
    const withCaption = `${gold.join('\n')}\n图为会晤现场照片`;
    expect(scoreBody(withCaption, gold, ['图为会晤现场照片']).precision).toBeGreaterThan(scoreBody(withCaption, gold).precision);
  });
});

describe('titleMatches / dayOf', () => {
  it('accepts near-identical titles and rejects a site suffix that changes much', () => {
    expect(titleSimilarity('美俄关系现转机?', '美俄关系现转机')).toBe(1);
    expect(titleMatches('最高外交官谈了1小时45分 美俄关系现转机?', '最高外交官谈了1小时45分 美俄关系现转机? - 头条资讯 - 行业资讯 - 中猪商务网')).toBe(false);
    expect(titleMatches('A title', null)).toBe(false);
  });
  it('compares calendar days', () => {
    expect(dayOf('2021-05-21T04:44:55')).toBe('2021-05-21');
    expect(dayOf(null)).toBeNull();
    expect(dayOf('')).toBeNull();
  });
});

// The port must agree with the team scorer; checked only where ../shared is present.
const scorer = join(__dirname, '../../../../shared/tools/score-clean.mjs');
describe.runIf(existsSync(scorer))('agreement with score-clean.mjs', () => {
  it('gives the same P/R/F1 and title verdicts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-'));
    mkdirSync(join(dir, 'gold'));
    mkdirSync(join(dir, 'pred'));
    const cases = [
      { gold: { title: 'Biden meets Putin', body: ['The two leaders met in Geneva on Wednesday.', '会谈持续了四个小时。'], optional: ['Photo: Reuters'] }, pred: { title: 'Biden meets Putin - News', text: 'Menu Home\n\nThe two leaders met in Geneva on Wednesday.\n\nPhoto: Reuters\n\n会谈持续了四个小时。' } },
      { gold: { title: '中美缓和后,俄美要破冰?', body: ['随着中美两国加强高层往来,俄罗斯与美国也出现了加强交流沟通的迹象。'] }, pred: { title: '中美缓和后,俄美要破冰', text: '随着中美两国加强高层往来。相关推荐' } },
    ];
    cases.forEach((c, i) => {
      writeFileSync(join(dir, 'gold', `${i}.json`), JSON.stringify(c.gold));
      writeFileSync(join(dir, 'pred', `${i}.json`), JSON.stringify(c.pred));
    });
    const out = JSON.parse(execFileSync('node', [scorer, '--gold', join(dir, 'gold'), '--pred', join(dir, 'pred'), '--json'], { encoding: 'utf8' })) as { rows: Array<{ P: number; R: number; F: number; title: boolean }> };
    cases.forEach((c, i) => {
      const mine = scoreBody(c.pred.text, c.gold.body, c.gold.optional ?? []);
      const theirs = out.rows[i]!;
      expect(mine.precision).toBeCloseTo(theirs.P, 10);
      expect(mine.recall).toBeCloseTo(theirs.R, 10);
      expect(mine.f1).toBeCloseTo(theirs.F, 10);
      expect(titleMatches(c.gold.title, c.pred.title)).toBe(theirs.title);
    });
  });
});
