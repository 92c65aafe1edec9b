/**
 * How many cleaning workers to run on a machine with `cores` logical cores: one core stays
 * free for the main process (its event loop must answer the UI while a folder imports), and
 * at most four, because each worker may hold ~1 GB of cheerio tree and more than four rarely
 * speeds up an import whose files are read from one disk.
 */
export function cleanPoolSize(cores: number): number {
  const usable = Number.isFinite(cores) ? Math.floor(cores) - 1 : 1;
  return Math.min(4, Math.max(1, usable));
}
