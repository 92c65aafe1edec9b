/**
 * How many clippings the library benches generate. Issue 4 asks for 10,000; on fake-indexeddb
 * (pure JS, in memory) storing one costs ~40 ms and ~0.6 MB, and a 2-core machine cleans ~70 per
 * second, so the default run uses fewer to finish in about five minutes and says which N it used.
 *   --clippings=N or GLEANER_BENCH_CLIPPINGS=N   any size (10000 for the issue's figure)
 *   --quick                                      300, for a smoke run
 */
export const DEFAULT_CLIPPINGS = 2000;
export const ISSUE_CLIPPINGS = 10_000;

/** The N for this run, from the command line or the environment. */
export function benchClippings(argv = process.argv, env = process.env): number {
  const flag = argv.find((a) => a.startsWith('--clippings='));
  const raw = flag?.slice('--clippings='.length) ?? env.GLEANER_BENCH_CLIPPINGS;
  const n = raw ? Number.parseInt(raw, 10) : Number.NaN;
  if (Number.isFinite(n) && n > 0) return n;
  return argv.includes('--quick') ? 300 : DEFAULT_CLIPPINGS;
}
