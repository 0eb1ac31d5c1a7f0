/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds to `digits` decimals, for figures that go into the JSON. */
export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** Runs `fn` `runs` times and returns each run's wall time in ms; slow inputs stop after one run. */
export function timeRuns(fn: () => unknown, runs: number, stopAfterMs = Infinity): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
    if (times[i]! > stopAfterMs) break;
  }
  return times;
}

/** UTF-8 size of `text` in MiB, the unit of every MB/s figure. */
export const mebibytes = (text: string): number => Buffer.byteLength(text, 'utf8') / (1 << 20);
