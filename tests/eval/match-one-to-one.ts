import { overlapsHalf } from './scores';

interface Span {
  start: number;
  end: number;
}

/**
 * Pairs found items with gold items, each used at most once: pairs that overlap by half are taken
 * largest overlap first. Returns, per found item, the index of its gold item or -1.
 */
export function matchOneToOne(found: readonly Span[], gold: readonly Span[]): number[] {
  const pairs: [number, number, number][] = [];
  found.forEach((f, i) =>
    gold.forEach((g, j) => {
      if (overlapsHalf(f, g))
        pairs.push([Math.min(f.end, g.end) - Math.max(f.start, g.start), i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const out = found.map(() => -1);
  const taken = new Set<number>();
  for (const [, i, j] of pairs) {
    if (out[i] !== -1 || taken.has(j)) continue;
    out[i] = j;
    taken.add(j);
  }
  return out;
}
