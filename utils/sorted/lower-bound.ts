/**
 * Binary search over keys that never decrease with the index: the first index in [0, length)
 * whose key is at least `value` (with `after`, greater than `value`), or `length` when none is.
 */
export function lowerBound(
  length: number,
  keyAt: (index: number) => number,
  value: number,
  after = false,
): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const key = keyAt(mid);
    if (key < value || (after && key === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
