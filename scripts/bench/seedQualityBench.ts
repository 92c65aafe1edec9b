/** Seed quality as score-clean.mjs reports it, and how the golden cases fare, per checked field. */
import { readCases } from '../../shared/clean/cases/updateGoldens';
import { cleanClipping } from '../../shared/clean/cleanClipping';
import { checkCase } from '../../shared/clean/testing/goldenCase';
import { dayOf, scoreBody, titleMatches } from '../../shared/clean/testing/scoreBody';
import { printTable, type BenchSection } from './BenchSection';

/** `npm run bench` section: seed body F1 / titles / dates, and golden-case check pass rates. */
export const seedQualityBench: BenchSection = {
  name: 'clean quality',
  about: 'the five seeds scored like ../shared/tools/score-clean.mjs (bar: F1 >= 0.98 each, titles 5/5, dates 5/5), then the golden cases',
  run() {
    const cases = readCases();
    const rows: Array<Array<string | number>> = [];
    let f1Sum = 0, titles = 0, dates = 0;
    const seeds = cases.filter((c) => c.name.includes('--seed-'));
    for (const c of seeds) {
      const gold = c.expected!;
      const r = cleanClipping(c.input, c.inputName);
      const a = r.ok ? r.value : null;
      const s = scoreBody(a?.text ?? '', gold.body ?? [], gold.optional ?? []);
      const titleOk = titleMatches(gold.title ?? '', a?.title ?? null);
      const dateOk = dayOf(gold.published) === dayOf(a?.published);
      f1Sum += s.f1;
      titles += +titleOk;
      dates += +dateOk;
      rows.push([c.name, s.precision, s.recall, s.f1, titleOk ? 'ok' : 'NO', dateOk ? 'ok' : 'NO']);
    }
    printTable(['seed', 'P', 'R', 'F1', 'title', 'date'], rows);
    console.log(`body F1 ${(f1Sum / (seeds.length || 1)).toFixed(3)}, titles ${titles}/${seeds.length}, dates ${dates}/${seeds.length}`);

    const tally = new Map<string, { ok: number; all: number }>();
    const failing: string[] = [];
    for (const c of cases) {
      if (!c.expected) continue;
      const checks = checkCase(c.expected, cleanClipping(c.input, c.inputName));
      for (const k of checks) {
        const t = tally.get(k.field) ?? { ok: 0, all: 0 };
        tally.set(k.field, { ok: t.ok + +k.ok, all: t.all + 1 });
      }
      const bad = checks.filter((k) => !k.ok).map((k) => k.field);
      if (bad.length) failing.push(`${c.name} (${bad.join(', ')})`);
    }
    console.log(`\ngolden cases: ${cases.length}`);
    printTable(['check', 'pass', 'of'], [...tally].map(([field, t]) => [field, t.ok, t.all]));
    if (failing.length) console.log(`failing: ${failing.join('; ')}`);
  },
};
