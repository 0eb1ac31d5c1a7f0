/** The k best items without sorting them all (thousands of candidates, k about 10). */
export function topK<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && compare(item, best[i - 1]!) < 0) i -= 1;
    best.splice(i, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
