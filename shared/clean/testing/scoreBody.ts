/**
 * The team's clean-quality metric (../shared/tools/score-clean.mjs), ported so tests and the
 * bench report the very figures the held-out evaluation uses. Env-free; imported only by tests
 * and scripts/bench, never by the app.
 */

/** Body agreement with a gold: precision, recall and F1 over 3-token shingles. */
export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
}

// One token per CJK (and kana/hangul) character: Chinese has no spaces to split words on.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/** Tokens as the scorer sees them: NFKC, lower case, one per CJK character, one per Latin/digit word. */
export function scoreTokens(s: string): string[] {
  const out: string[] = [];
  for (const m of s.normalize('NFKC').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    let word = '';
    for (const ch of m[0]) {
      if (CJK.test(ch)) {
        if (word) out.push(word);
        word = '';
        out.push(ch);
      } else word += ch;
    }
    if (word) out.push(word);
  }
  return out;
}

type Bag = Map<string, number>;

function shingles(s: string, n: number): Bag {
  const t = scoreTokens(s);
  const bag: Bag = new Map();
  // A text shorter than one shingle still counts as one, so a tiny gold is not empty.
  if (t.length && t.length < n) bag.set(t.join(' '), 1);
  for (let i = 0; i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join(' ');
    bag.set(k, (bag.get(k) ?? 0) + 1);
  }
  return bag;
}

const size = (b: Bag): number => [...b.values()].reduce((a, v) => a + v, 0);

function overlap(a: Bag, b: Bag): number {
  let n = 0;
  for (const [k, v] of a) n += Math.min(v, b.get(k) ?? 0);
  return n;
}

function subtract(a: Bag, b: Bag): Bag {
  const r = new Map(a);
  for (const [k, v] of b) {
    const have = r.get(k);
    if (have === undefined) continue;
    if (have - v > 0) r.set(k, have - v);
    else r.delete(k);
  }
  return r;
}

/**
 * Scores a clean body against gold paragraphs. Shingles the prediction has beyond the gold that
 * come from `optional` text (captions, closing bylines) count neither for nor against.
 */
export function scoreBody(predicted: string, goldBody: readonly string[], optional: readonly string[] = []): BodyScore {
  const g = shingles(goldBody.join('\n'), 3);
  const opt = shingles(optional.join('\n'), 3);
  const p = shingles(predicted, 3);
  const counted = size(p) - overlap(subtract(p, g), opt);
  const hit = overlap(p, g);
  const precision = counted ? hit / counted : 0;
  const recall = size(g) ? hit / size(g) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Dice coefficient over token bigrams; the scorer calls a title right at ≥ 0.9. */
export function titleSimilarity(a: string, b: string): number {
  const A = shingles(a, 2), B = shingles(b, 2);
  const s = size(A) + size(B);
  return s ? (2 * overlap(A, B)) / s : 1;
}

/** Whether a title agrees with the gold title by the scorer's rule. */
export const titleMatches = (gold: string, predicted: string | null): boolean => titleSimilarity(gold, predicted ?? '') >= 0.9;

/** The calendar day of a date string (`YYYY-MM-DD…`), or null; the scorer compares days only. */
export const dayOf = (d: string | null | undefined): string | null => (d == null || d === '' ? null : d.slice(0, 10));
