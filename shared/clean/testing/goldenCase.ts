import type { CleanArticle, CleanResult, CleanWarningCode, PublishedKind } from '../../model/CleanArticle';
import { dayOf, scoreBody, titleMatches } from './scoreBody';

/** The kinds of golden case; the folder name starts with one: `<kind>--<slug>`. */
export const CASE_KINDS = ['text-dump', 'html', 'markdown', 'bad-input'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * `expected.json` of a golden case: what a careful reader takes from the clipping. A missing key
 * is not checked. `body` holds the expected paragraphs; `minF1` is the shingle F1 the cleaner must
 * reach against them, so small improvements pass and regressions do not.
 */
export interface GoldenExpected {
  title?: string;
  /** `YYYY-MM-DD` (compared by day) or null when the page states no publication date. */
  published?: string | null;
  publishedKind?: PublishedKind;
  /** The outlet; a list means any of them is right. */
  source?: string | string[] | null;
  /** The author as the page names them; a list means any of them is right. */
  author?: string | string[] | null;
  language?: string;
  /** Warning codes, compared as a set. */
  warnings?: CleanWarningCode[];
  body?: string[];
  /** Text that may be kept or dropped (captions, closing bylines). */
  optional?: string[];
  minF1?: number;
  /** For cases the cleaner must refuse: the error code. */
  error?: string;
  /** Why the gold is what it is; for the reviewer. */
  notes?: string;
}

/** One named comparison of a case; `ok` false explains itself in `actual`/`expected`. */
export interface CaseCheck {
  field: 'error' | 'title' | 'published' | 'publishedKind' | 'source' | 'author' | 'language' | 'warnings' | 'body';
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

/** The default bar when a case does not set one. */
export const DEFAULT_MIN_F1 = 0.95;

const sortedCodes = (codes: readonly string[]): string[] => [...new Set(codes)].sort();

/** Compares one cleaner result with a case's expectations, one check per field the case sets. */
export function checkCase(expected: GoldenExpected, result: CleanResult): CaseCheck[] {
  if (expected.error !== undefined || !result.ok) {
    return [{ field: 'error', ok: !result.ok && result.error.code === expected.error, expected: expected.error ?? null, actual: result.ok ? null : result.error.code }];
  }
  return checkArticle(expected, result.value);
}

function checkArticle(e: GoldenExpected, a: CleanArticle): CaseCheck[] {
  const checks: CaseCheck[] = [];
  if (e.title !== undefined) checks.push({ field: 'title', ok: titleMatches(e.title, a.title), expected: e.title, actual: a.title });
  if (e.published !== undefined) checks.push({ field: 'published', ok: dayOf(e.published) === dayOf(a.published), expected: e.published, actual: a.published });
  if (e.publishedKind !== undefined) checks.push({ field: 'publishedKind', ok: e.publishedKind === a.publishedKind, expected: e.publishedKind, actual: a.publishedKind });
  if (e.source !== undefined) {
    const allowed = Array.isArray(e.source) ? e.source : [e.source];
    checks.push({ field: 'source', ok: allowed.includes(a.source), expected: e.source, actual: a.source });
  }
  if (e.author !== undefined) {
    const allowed = Array.isArray(e.author) ? e.author : [e.author];
    checks.push({ field: 'author', ok: allowed.includes(a.author), expected: e.author, actual: a.author });
  }
  if (e.language !== undefined) checks.push({ field: 'language', ok: e.language === a.language, expected: e.language, actual: a.language });
  if (e.warnings !== undefined) {
    const want = sortedCodes(e.warnings), got = sortedCodes(a.warnings.map((w) => w.code));
    checks.push({ field: 'warnings', ok: want.join() === got.join(), expected: want, actual: got });
  }
  if (e.body !== undefined) {
    const min = e.minF1 ?? DEFAULT_MIN_F1;
    const s = scoreBody(a.text, e.body, e.optional ?? []);
    checks.push({ field: 'body', ok: s.f1 >= min, expected: `F1 >= ${min}`, actual: `F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})` });
  }
  return checks;
}

/** An `expected.json` written from what the cleaner produced now, keeping the reviewer's notes and bar. */
export function expectedFromResult(result: CleanResult, previous: GoldenExpected = {}): GoldenExpected {
  if (!result.ok) return { error: result.error.code, ...(previous.notes ? { notes: previous.notes } : {}) };
  const a = result.value;
  return {
    title: a.title,
    published: dayOf(a.published),
    publishedKind: a.publishedKind,
    source: a.source,
    ...(previous.author !== undefined ? { author: a.author } : {}),
    language: a.language,
    warnings: sortedCodes(a.warnings.map((w) => w.code)) as CleanWarningCode[],
    body: a.blocks.map((b) => b.text),
    ...(previous.optional ? { optional: previous.optional } : {}),
    minF1: previous.minF1 ?? DEFAULT_MIN_F1,
    ...(previous.notes ? { notes: previous.notes } : {}),
  };
}

/** The fields a case's expectations check, in report order; one test each. */
export function caseFields(expected: GoldenExpected): Array<CaseCheck['field']> {
  if (expected.error !== undefined) return ['error'];
  const order: Array<CaseCheck['field']> = ['title', 'published', 'publishedKind', 'source', 'author', 'language', 'warnings', 'body'];
  return order.filter((f) => expected[f] !== undefined);
}
