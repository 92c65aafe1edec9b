import { describe, expect, it } from 'vitest';
import { readCases } from './cases/updateGoldens';
import { cleanClipping } from './cleanClipping';
import { dayOf, scoreBody, titleMatches } from './testing/scoreBody';

// The quality bar on the five seeds, measured exactly as score-clean.mjs does:
// body F1 >= 0.98 each, titles 5/5, dates 5/5 (null where the gold states no publication date).
const seeds = readCases().filter((c) => c.name.includes('--seed-'));

describe('seed quality bar', () => {
  it('has the five seeds', () => {
    expect(seeds).toHaveLength(5);
  });
  for (const seed of seeds) {
    const gold = seed.expected!;
    describe(seed.name, () => {
      const result = cleanClipping(seed.input, seed.inputName);
      const article = result.ok ? result.value : null;
      it('cleans', () => expect(result.ok).toBe(true));
      it('body F1 >= 0.98', () => {
        const s = scoreBody(article?.text ?? '', gold.body!, gold.optional ?? []);
        expect(s.f1, `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`).toBeGreaterThanOrEqual(0.98);
      });
      it('title per the gold', () => {
        expect(titleMatches(gold.title!, article?.title ?? null), `got ${article?.title}`).toBe(true);
      });
      it('publication date per the gold', () => {
        expect(dayOf(article?.published)).toBe(dayOf(gold.published));
      });
    });
  }
});
