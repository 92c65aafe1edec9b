/** The first index in the sorted `values` whose value is >= `target` (values.length when none). */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in the sorted `values` whose value is > `target` (values.length when none). */
export function upperBound(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
