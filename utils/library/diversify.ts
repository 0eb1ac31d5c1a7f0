/** How much each further pick from the same publisher is worth, after the first two. */
export const SAME_PUBLISHER_FACTOR = 0.6;
/** Two documents from one publisher are often the pair a reader needs (an FFM and an IIT report). */
const FREE_PER_PUBLISHER = 2;

/**
 * Picks `limit` items best-first, discounting a publisher's third and later items, so that a
 * reader sees the OPCW report and the fact-check and the research rather than six of one kind.
 */
export function diversify<T extends { score: number }>(
  ranked: readonly T[],
  limit: number,
  publisherOf: (item: T) => string,
): T[] {
  const pool = [...ranked];
  const picked: T[] = [];
  const seen = new Map<string, number>();
  while (picked.length < limit && pool.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const item = pool[i]!;
      const repeats = Math.max(0, (seen.get(publisherOf(item)) ?? 0) - FREE_PER_PUBLISHER + 1);
      const adjusted = item.score * SAME_PUBLISHER_FACTOR ** repeats;
      if (adjusted > bestScore) {
        best = i;
        bestScore = adjusted;
      }
    }
    const [item] = pool.splice(best, 1);
    // The discounted score is the one the reader sees, so the list reads best-first.
    picked.push({ ...item!, score: bestScore });
    const publisher = publisherOf(item!);
    seen.set(publisher, (seen.get(publisher) ?? 0) + 1);
  }
  return picked;
}
