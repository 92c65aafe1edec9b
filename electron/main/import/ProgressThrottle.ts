/**
 * Lets progress through at most once per interval (the renderer repaints a bar, it needs no
 * more), but always lets the final report through so the bar never stops short of the end.
 */
export class ProgressThrottle {
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  shouldEmit(final: boolean): boolean {
    const t = this.now();
    if (!final && t - this.last < this.intervalMs) return false;
    this.last = t;
    return true;
  }
}
