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

/** What a character is to the tokenizer: part of a CJK run, part of a word, or a separator. */
export const CharClass = { Unknown: 0, Separator: 1, Word: 2, Cjk: 3 } as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

// The two regexes above cost most of indexing a long text when run on every character, so the
// class of each BMP code unit is computed once and kept (64 KB); astral characters (rare Han
// extensions, emoji) are classified each time.
const bmpClasses = new Uint8Array(0x10000);

/** How the tokenizer sees the character at `code` (its code point; `ch` is its string). */
export function classify(ch: string, code: number): CharClass {
  if (code < 0x10000) {
    const known = bmpClasses[code]! as CharClass;
    if (known !== CharClass.Unknown) return known;
  }
  const found = CJK.test(ch) ? CharClass.Cjk : WORD_CHAR.test(ch) ? CharClass.Word : CharClass.Separator;
  if (code < 0x10000) bmpClasses[code] = found;
  return found;
}

function splitRuns(normalized: string): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let runCjk = false;
  const close = (end: number) => {
    if (start !== -1) runs.push({ cjk: runCjk, text: normalized.slice(start, end) });
    start = -1;
  };
  for (let i = 0; i < normalized.length; ) {
    const code = normalized.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = classify(width === 1 ? normalized[i]! : normalized.slice(i, i + 2), code);
    if (kind === CharClass.Separator) close(i);
    else if (start === -1 || runCjk !== (kind === CharClass.Cjk)) {
      close(i);
      start = i;
      runCjk = kind === CharClass.Cjk;
    }
    i += width;
  }
  close(normalized.length);
  return runs;
}

/** The postings stored for a text: CJK character bigrams (plus each run's last character) and lower-cased words. */
export function indexTokens(text: string): string[] {
  return indexTokensOfNormalized(normalizeForSearch(text));
}

/** indexTokens of a text already passed through normalizeForSearch (a stored search text): skips normalizing it again. */
export function indexTokensOfNormalized(normalized: string): string[] {
  const set = new Set<string>();
  forEachIndexToken(normalized, (token) => set.add(token));
  return [...set];
}

/**
 * Calls `visit` with every index token of a normalized text in order, repeats included: the
 * in-memory index adds each token to its list without building a set first.
 */
export function forEachIndexToken(normalized: string, visit: (token: string) => void): void {
  for (const run of splitRuns(normalized)) {
    if (!run.cjk) {
      visit(run.text);
      continue;
    }
    const text = run.text;
    // By code unit, joining surrogate pairs: Array.from on every run was a third of the cost.
    let previous = '';
    for (let i = 0; i < text.length; ) {
      const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
      const ch = width === 1 ? text[i]! : text.slice(i, i + 2);
      if (previous) visit(previous + ch);
      previous = ch;
      i += width;
    }
    // Every character then starts a gram or is the last one: a one-character query
    // finds its articles by prefix on the grams or by this trailing unigram.
    visit(previous);
  }
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
