/** Precision, recall and F1 from counts. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(
  truePredicted: number,
  predicted: number,
  matchedGold: number,
  gold: number,
): Prf {
  const precision = predicted ? truePredicted / predicted : 0;
  const recall = gold ? matchedGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Two spans match when they overlap by at least half of the shorter one. */
export function overlapsHalf(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap * 2 >= shorter;
}

export const fmt = (x: number) => x.toFixed(3);

export function formatPrf(label: string, s: Prf): string {
  return `${label}: P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}`;
}
