import { normalizeForSearch } from './normalizeForSearch';

// Han, Hiragana, Katakana and Hangul: scripts written without spaces between words, so
// they are indexed as overlapping character pairs instead of words.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** One run of text as tokens: CJK runs as bigrams, other runs as whole words. */
interface Run {
  cjk: boolean;
  text: string;
}

function splitRuns(normalized: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const ch of normalized) {
    const cjk = CJK.test(ch);
    const word = cjk || WORD_CHAR.test(ch);
    if (!word) {
      current = null;
      continue;
    }
    if (current && current.cjk === cjk) current.text += ch;
    else {
      current = { cjk, text: ch };
      runs.push(current);
    }
  }
  return runs;
}

function cjkGrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  // Every character then starts a gram or is the last one: a one-character query
  // finds its articles by prefix on the grams or by this trailing unigram.
  grams.push(chars[chars.length - 1]!);
  return grams;
}

/** The postings stored for a text: CJK character bigrams (plus each run's last character) and lower-cased words. */
export function indexTokens(text: string): string[] {
  const set = new Set<string>();
  for (const run of splitRuns(normalizeForSearch(text))) {
    if (run.cjk) for (const gram of cjkGrams(run.text)) set.add(gram);
    else set.add(run.text);
  }
  return [...set];
}

/** What a query looks up: `exact` tokens must be postings; `prefix` tokens match postings that start with them. */
export interface QueryTokens {
  exact: string[];
  prefix: string[];
}

/**
 * Tokens of a search query. A lone CJK character and the last word (which the user may still
 * be typing) are prefixes; everything else must match a posting exactly.
 */
export function queryTokens(query: string): QueryTokens {
  const runs = splitRuns(normalizeForSearch(query));
  const exact = new Set<string>();
  const prefix = new Set<string>();
  runs.forEach((run, index) => {
    const last = index === runs.length - 1;
    if (run.cjk) {
      const chars = Array.from(run.text);
      if (chars.length === 1) prefix.add(run.text);
      else for (let i = 0; i + 1 < chars.length; i++) exact.add(chars[i]! + chars[i + 1]!);
    } else if (last && !/\s$/u.test(query)) prefix.add(run.text);
    else exact.add(run.text);
  });
  return { exact: [...exact], prefix: [...prefix] };
}
