/** Date reading for Chinese and English pages: numeric, 年月日, and English month names. */

export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM(:SS)` when a time was given. */
  iso: string;
  /** Index of the match in the searched text. */
  index: number;
  raw: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function build(y: number, m: number, d: number, hh?: string, mm?: string, ss?: string): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return day;
  const h = Number(hh), mi = Number(mm);
  if (h > 23 || mi > 59) return day;
  return `${day}T${pad(h)}:${pad(mi)}${ss ? `:${pad(Number(ss))}` : ''}`;
}

const NUMERIC = /(?<![\d])((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?/gu;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Each month written out or cut to three letters (Sept too), longest first so the alternation takes the whole word. */
const monthForms = (cased: (m: string) => string): string[] =>
  MONTH_NAMES.flatMap((m) => [m, ...(m === 'September' ? ['Sept'] : []), m.slice(0, 3)].map(cased));
const TITLE_MONTHS = monthForms((m) => m).join('|');
/** English month names as a regex alternation, written out or cut short, in title, upper or lower case. */
export const ANY_CASE_MONTHS = [...monthForms((m) => m), ...monthForms((m) => m.toUpperCase()), ...monthForms((m) => m.toLowerCase())].join('|');
/**
 * "October 13, 2016", "JULY 26, 2016", "Sept. 5 2019 at 9:30". A month glued to the word before
 * it ("Yahoo FinanceOctober 13, 2016": inline elements joined in a dump) counts when it is
 * capitalized after a lower-case letter, where no English word would put it. The month must be
 * a whole word: "Marketing 14" is no date.
 */
const MONTH_FIRST = new RegExp(
  `(?:(?<!\\p{L})(${ANY_CASE_MONTHS})|(?<=\\p{Ll})(${TITLE_MONTHS}))(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2}))?`,
  'gu',
);
/** "13 October 2016", "5th Sept. 2019": the month a whole word, as above. */
const DAY_FIRST = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${ANY_CASE_MONTHS})(?!\\p{L})\\.?,?\\s+((?:19|20)\\d{2})`, 'gu');

/** Day-first or month-first numeric dates: dots mean day first (20.05.2021); slashes only when unambiguous. */
const DAY_MONTH_YEAR = /(?<![\d.\/])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d.\/])(?:,?\s+(\d{1,2})[:.](\d{2}))?/gu;

/**
 * Month names of the European languages whose pages turn up beside English ones (French, Spanish,
 * Portuguese, Italian, German, Dutch), written day first: "24 novembre 2017", "3 de marzo de 2020",
 * "5. März 2021". Lower case; matched case-insensitively.
 */
const EUROPEAN_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['janvier', 'enero', 'janeiro', 'gennaio', 'januar', 'januari'],
    ['février', 'fevrier', 'febrero', 'fevereiro', 'febbraio', 'februar', 'februari'],
    ['mars', 'marzo', 'março', 'marco', 'märz', 'maerz', 'maart'],
    ['avril', 'abril', 'aprile'],
    ['mai', 'mayo', 'maio', 'maggio', 'mei'],
    ['juin', 'junio', 'junho', 'giugno', 'juni'],
    ['juillet', 'julio', 'julho', 'luglio', 'juli'],
    ['août', 'aout', 'agosto', 'augustus'],
    ['septembre', 'septiembre', 'setembro', 'settembre', 'setiembre'],
    ['octobre', 'octubre', 'outubro', 'ottobre', 'oktober'],
    ['novembre', 'noviembre', 'novembro'],
    ['décembre', 'decembre', 'diciembre', 'dezembro', 'dicembre', 'dezember'],
  ].flatMap((names, k) => names.map((name) => [name, k + 1] as const)),
);
const EUROPEAN_DATE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:er|º|°)?\\.?\\s+(?:de\\s+)?(${Object.keys(EUROPEAN_MONTHS).join('|')})(?!\\p{L})\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})`,
  'giu',
);

const HAS_YEAR = /(?:19|20)\d{2}/u;

/** All dates in a text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  // Every form below needs a four-digit year; most lines of a page have none, and this one test
  // is far cheaper than the month-name patterns (the stages ask about each line many times).
  if (!HAS_YEAR.test(text)) return out;
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const a = Number(m[1]), b = Number(m[3]);
    let day: number, month: number;
    if (m[2] === '.' || a > 12) [day, month] = [a, b];
    else if (b > 12) [day, month] = [b, a];
    else continue;
    const iso = build(Number(m[4]), month, day, m[5], m[6]);
    if (iso) out.push({ iso, index: m.index, raw: m[0] });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const iso = build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
    if (iso) out.push({ iso, index: m.index, raw: m[0] });
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const iso = build(Number(m[4]), MONTHS[(m[1] ?? m[2])!.toLowerCase().slice(0, 3)]!, Number(m[3]), m[5], m[6]);
    if (iso) out.push({ iso, index: m.index, raw: m[0] });
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const iso = build(Number(m[3]), MONTHS[m[2]!.toLowerCase().slice(0, 3)]!, Number(m[1]));
    if (iso) out.push({ iso, index: m.index, raw: m[0] });
  }
  for (const m of text.matchAll(EUROPEAN_DATE)) {
    const iso = build(Number(m[3]), EUROPEAN_MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
    if (iso) out.push({ iso, index: m.index, raw: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A date written into a URL path: /2021/05/20/, /20210520/, /2021-05-20/. */
export function dateFromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|[^\d])/u.exec(url);
  return m ? build(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * Reads an ISO-like machine date (meta tags, JSON-LD, `<time datetime>`). A UTC time ("…Z") is
 * shifted to `utcOffsetHours` when given: a Chinese page's 23:30Z is the next day where it was published.
 */
export function parseMachineDate(value: string, utcOffsetHours?: number): string | null {
  const v = value.trim();
  const utc = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]00:?00)$/u.exec(v);
  if (utc && utcOffsetHours !== undefined) {
    const local = new Date(Date.parse(`${utc[1]}T${utc[2]}:${utc[3]}:${utc[4] ?? '00'}Z`) + utcOffsetHours * 3600_000);
    if (!Number.isNaN(local.getTime())) return local.toISOString().slice(0, 19);
  }
  const m = /^((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/u.exec(v);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
  return findDates(v)[0]?.iso ?? null;
}
