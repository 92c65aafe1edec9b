/**
 * `npm run golden:update -- [--all] [NAME...]`: runs the cleaner on the golden cases and prints
 * which checks fail. It writes `expected.json` for cases that have none yet, and regenerates it
 * for the cases named (a substring of the folder name) or for every case with `--all`, keeping
 * the notes, optional text and F1 bar. Review the result with `git diff`: hand-written gold
 * is the truth, so never commit a regenerated file that only records a cleaner bug.
 * Also exports the case reader the golden tests and the bench use (Node only, so it lives here).
 */
 
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
 
import { cleanClipping } from '../cleanClipping';
import { CASE_KINDS, checkCase, expectedFromResult, type CaseKind, type GoldenExpected } from '../testing/goldenCase';

/** The folder holding the golden cases. */
export const CASES_DIR = dirname(fileURLToPath(import.meta.url));

/** One golden case as read from disk. */
export interface GoldenCase {
  name: string;
  kind: CaseKind;
  dir: string;
  inputName: string;
  input: Uint8Array;
  expected: GoldenExpected | null;
}

/** Every `<kind>--<slug>` folder under `dir`, sorted by name. */
export function readCases(dir = CASES_DIR): GoldenCase[] {
  const out: GoldenCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const kind = name.split('--')[0] as CaseKind;
    if (!CASE_KINDS.includes(kind) || !name.includes('--')) continue;
    const caseDir = join(dir, name);
    const inputName = readdirSync(caseDir).find((f) => f.startsWith('input.'));
    if (!inputName) throw new Error(`golden case ${name} has no input.* file`);
    const expectedPath = join(caseDir, 'expected.json');
    const expected = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as GoldenExpected) : null;
    out.push({ name, kind, dir: caseDir, inputName, input: new Uint8Array(readFileSync(join(caseDir, inputName))), expected });
  }
  return out;
}

function main(args: string[]): void {
  const all = args.includes('--all');
  const names = args.filter((a) => !a.startsWith('--'));
  let failing = 0;
  for (const c of readCases()) {
    const result = cleanClipping(c.input, c.inputName);
    const regenerate = !c.expected || all || names.some((n) => c.name.includes(n));
    if (regenerate) {
      const next = expectedFromResult(result, c.expected ?? {});
      writeFileSync(join(c.dir, 'expected.json'), `${JSON.stringify(next, null, 2)}\n`);
      console.log(`${c.name.padEnd(48)} written${c.expected ? ' (review the diff)' : ' (new: edit it into the true gold)'}`);
      continue;
    }
    const bad = checkCase(c.expected!, result).filter((k) => !k.ok);
    if (bad.length) failing++;
    const detail = bad.map((k) => `${k.field}: want ${JSON.stringify(k.expected)} got ${JSON.stringify(k.actual)}`).join('; ');
    console.log(`${c.name.padEnd(48)} ${bad.length ? `FAIL ${detail}` : 'ok'}`);
  }
  console.log(`${failing} case(s) disagree with their expected.json`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
