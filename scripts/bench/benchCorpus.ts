/**
 * The realistic page set the bench runs on: the five seeds, the 60 gne pages (HTML and text
 * dumps) and the readability devset HTML, read from ../shared when it is there; otherwise the
 * project's own golden cases, so the bench still runs in a checkout without the team folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readCases } from '../../shared/clean/cases/updateGoldens';

/** One page of the bench set, with its gold when one exists. */
export interface BenchPage {
  set: string;
  name: string;
  bytes: Uint8Array;
  gold?: { title?: string; published?: string | null; body: string[]; optional?: string[] };
}

/** The team folder beside the repo, if present. */
export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');
const GNE_GOLD_DIR = join(import.meta.dirname, '..', '..', 'bench', 'gold', 'gne');

function readDir(set: string, dir: string, goldDir?: string): BenchPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(html?|txt|md)$/u.test(f))
    .sort()
    .map((f) => {
      const goldPath = goldDir ? join(goldDir, `${basename(f).replace(/\.[^.]+$/u, '')}.json`) : '';
      const gold = goldPath && existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as BenchPage['gold']) : undefined;
      return { set, name: f, bytes: new Uint8Array(readFileSync(join(dir, f))), ...(gold ? { gold } : {}) };
    });
}

/** The bench pages and where they came from. */
export function loadBenchCorpus(): { source: string; pages: BenchPage[] } {
  if (existsSync(join(SHARED_DIR, 'corpus/seeds'))) {
    return {
      source: SHARED_DIR,
      pages: [
        ...readDir('seeds', join(SHARED_DIR, 'corpus/seeds'), join(SHARED_DIR, 'corpus/gold')),
        // The gne pages have no gold in the team folder; ours, written by hand, is in bench/gold/gne.
        ...readDir('gne-html', join(SHARED_DIR, 'devset/gne/html'), GNE_GOLD_DIR),
        ...readDir('gne-text', join(SHARED_DIR, 'devset/gne/text'), GNE_GOLD_DIR),
        ...readDir('readability-html', join(SHARED_DIR, 'devset/readability/html/clippings'), join(SHARED_DIR, 'devset/readability/html/gold')),
      ],
    };
  }
  const pages = readCases()
    .filter((c) => c.kind !== 'bad-input' && c.expected?.body)
    .map((c) => ({
      set: c.name.includes('--seed-') ? 'seeds' : `cases-${c.kind}`,
      name: c.name,
      bytes: c.input,
      gold: { title: c.expected!.title, published: c.expected!.published, body: c.expected!.body!, optional: c.expected!.optional },
    }));
  return { source: 'shared/clean/cases (../shared not found)', pages };
}
