import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorSelector, prepareTarget } from './anchorSelector';
import { describeRange } from './describeRange';
import { foldForMatch, normalizeForMatch, type MatchFormat } from './normalizeForMatch';

function select(original: string, phrase: string, format: MatchFormat = 'text', occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = original.indexOf(phrase, start + 1);
  const sel = describeRange(original, normalizeForMatch(original, format), start, start + phrase.length);
  if (!sel) throw new Error('no selector');
  return sel;
}

const ZH = '当地时间19日,同在冰岛首都雷克雅未克出席北极理事会部长级会议的美国国务卿布林肯和俄罗斯外长拉夫罗夫举行会晤。双方都表示会谈富有建设性。';
const EN = 'The two foreign ministers met for an hour and forty-five minutes in Reykjavik. Both sides called the talks constructive, a word rarely heard lately.';

describe('anchorSelector', () => {
  it('is exact when the position still holds the quote', () => {
    const sel = select(ZH, '美国国务卿布林肯');
    expect(anchorSelector(prepareTarget(ZH, 'text'), sel)).toMatchObject({ state: 'exact', ...sel.position });
  });

  it('finds a Chinese quote that moved after text was inserted before it', () => {
    const sel = select(ZH, '俄罗斯外长拉夫罗夫');
    const changed = '【新增导语】美俄关系现转机?\n\n' + ZH;
    const result = anchorSelector(prepareTarget(changed, 'text'), sel);
    expect(result.state).toBe('moved');
    expect(changed.slice(result.start, result.end)).toBe('俄罗斯外长拉夫罗夫');
  });

  it('treats re-wrapping and full-width punctuation as a move, not a fuzzy match', () => {
    const sel = select(ZH, '当地时间19日,同在冰岛');
    const changed = ZH.replace('19日,同在', '１９日，\n同在');
    const result = anchorSelector(prepareTarget(changed, 'text'), sel);
    expect(result.state).toBe('moved');
    expect(changed.slice(result.start, result.end)).toBe('当地时间１９日，\n同在冰岛');
  });

  it('uses prefix and suffix to choose among repeats', () => {
    const text = 'alpha said yes. beta said yes. gamma said yes.';
    const sel = select(text, 'said yes', 'text', 1);
    const changed = 'NEW. ' + text.replace('alpha said yes. ', '');
    const result = anchorSelector(prepareTarget(changed, 'text'), sel);
    expect(result.state).toBe('moved');
    expect(changed.slice(result.start - 5, result.end)).toBe('beta said yes');
  });

  it('falls back to a fuzzy match that needs review when words changed', () => {
    const sel = select(EN, 'Both sides called the talks constructive');
    const changed = EN.replace('called the talks', 'described the talks as');
    const result = anchorSelector(prepareTarget(changed, 'text'), sel);
    expect(result.state).toBe('fuzzy');
    expect(result.score).toBeGreaterThanOrEqual(0.75);
    expect(result.score).toBeLessThan(1);
    expect(changed.slice(result.start, result.end)).toContain('talks as constructive');
  });

  it('finds a Chinese quote with one character changed as fuzzy', () => {
    const sel = select(ZH, '双方都表示会谈富有建设性');
    const changed = ZH.replace('富有', '很有');
    const result = anchorSelector(prepareTarget(changed, 'text'), sel);
    expect(result.state).toBe('fuzzy');
    expect(changed.slice(result.start, result.end)).toBe('双方都表示会谈很有建设性');
  });

  it('orphans a quote that is gone, keeping its old position', () => {
    const sel = select(EN, 'a word rarely heard lately');
    const changed = EN.replace(', a word rarely heard lately', '');
    expect(anchorSelector(prepareTarget(changed, 'text'), sel)).toEqual({ state: 'orphan', ...sel.position, score: 0 });
  });

  it('anchors through changed HTML markup', () => {
    const html = '<div><p>The <b>minister</b> spoke &amp; left.</p></div>';
    const sel = select(html, 'minister</b> spoke &amp; left', 'html');
    const changed = '<header>x</header><p class="lead">The <i>minister</i> spoke &amp; left.</p>';
    const result = anchorSelector(prepareTarget(changed, 'html'), sel);
    expect(result.state).not.toBe('orphan');
    expect(foldForMatch(changed.slice(result.start, result.end), 'html')).toBe('ministerspoke&left');
  });

  it('never anchors half of a surrogate pair inside a whole character (fast-check counterexample)', () => {
    const original = '\ud83d';
    const sel = describeRange(original, normalizeForMatch(original, 'text'), 0, 1)!;
    const changed = 'a😀a' + original;
    const moved = anchorSelector(prepareTarget(changed, 'text'), sel);
    expect(moved).toMatchObject({ state: 'moved', start: 4, end: 5 });
  });

  it('round-trips describe -> anchor on random text, also after text is inserted before it', () => {
    const char = fc.constantFrom(...[...'ab 中文。，的\n“”ＡＢ1-x😀ab 中文'], '\ud83d');
    const text = fc.array(char, { minLength: 1, maxLength: 80 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (original, inserted, x, y) => {
        const a = Math.min(x, y) % (original.length + 1);
        const b = a + (Math.max(x, y) % (original.length - a + 1));
        const sel = describeRange(original, normalizeForMatch(original, 'text'), a, b);
        if (!sel) return;
        const same = anchorSelector(prepareTarget(original, 'text'), sel);
        expect(same).toMatchObject({ state: 'exact', ...sel.position });
        const changed = inserted + original;
        const moved = anchorSelector(prepareTarget(changed, 'text'), sel);
        expect(['exact', 'moved']).toContain(moved.state);
        expect(foldForMatch(changed.slice(moved.start, moved.end))).toBe(foldForMatch(sel.quote.exact));
      }),
      { numRuns: 300 },
    );
  });
});
