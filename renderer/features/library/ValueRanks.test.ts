import { describe, expect, it } from 'vitest';
import { ValueRanks } from './ValueRanks';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
/** The values ordered by their ranks, ties in input order (how RowSorter uses them). */
function byRank(ranks: ValueRanks, values: string[]): string[] {
  const r = ranks.rank(values);
  return values.map((v, i) => ({ v, i })).sort((a, b) => r[a.i]! - r[b.i]! || a.i - b.i).map((x) => x.v);
}

describe('ValueRanks', () => {
  it('orders as the comparison does, numbers inside text by value', () => {
    expect(byRank(new ValueRanks(collator.compare), ['Item 10', 'item 2', 'Éclair', 'apple'])).toEqual(['apple', 'Éclair', 'item 2', 'Item 10']);
  });

  it('gives values the comparison calls equal the same rank', () => {
    const r = new ValueRanks(collator.compare).rank(['News', 'news', 'NEWS', 'Other']);
    expect([r[0], r[1], r[2]]).toEqual([r[0], r[0], r[0]]);
    expect(r[3]).toBeGreaterThan(r[0]!);
  });

  it('merges values it has not seen into the order it remembers', () => {
    const ranks = new ValueRanks(collator.compare);
    ranks.rank(['delta', 'bravo']);
    expect(byRank(ranks, ['delta', 'charlie', 'bravo', 'alpha', 'echo'])).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
  });

  it('stays right after forgetting values no longer in use', () => {
    const ranks = new ValueRanks((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    ranks.rank(Array.from({ length: 3000 }, (_, i) => `old-${i}`));
    expect(byRank(ranks, ['2024-03-01', '2021-05-20', '2023-11-14T11:19:00'])).toEqual(['2021-05-20', '2023-11-14T11:19:00', '2024-03-01']);
  });
});
