import type { Quote } from '../analysis/analysis-schema';

/**
 * "Claim 1…N" in reading order, the numbers the panel shows on each claim and uses wherever it
 * refers to one (independent sources "speak to claim 3"). A quotation split by its cue has one
 * number: its later parts take the number of the first.
 */
export function claimNumbers(quotes: readonly Quote[]): Map<string, number> {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const head = (q: Quote): Quote => {
    let at = q;
    for (let i = 0; at.continues && i < quotes.length; i++) at = byId.get(at.continues) ?? at;
    return at;
  };
  const numbers = new Map<string, number>();
  [...quotes]
    .filter((q) => !q.continues)
    .sort((a, b) => a.start - b.start)
    .forEach((q, i) => numbers.set(q.id, i + 1));
  for (const q of quotes) {
    const n = numbers.get(head(q).id);
    if (n !== undefined) numbers.set(q.id, n);
  }
  return numbers;
}
