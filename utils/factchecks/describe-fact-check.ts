import type { FactCheck, FactCheckMatch } from './fact-check-schema';

/** "Checked by <fact-checker> — <verdict> (<date>)": the one wording of panel, walkthrough and reports. */
export function checkedByLine(fc: Pick<FactCheck, 'checker' | 'verdict' | 'date'>): string {
  const by = fc.checker ?? 'an unnamed fact-checker';
  const verdict = fc.verdict ?? 'no verdict given';
  // Feeds give dates as YYYY-MM-DD or as a full timestamp: the day is enough.
  const date = fc.date
    ? ` (${/^\d{4}-\d{2}-\d{2}T/.test(fc.date) ? fc.date.slice(0, 10) : fc.date})`
    : '';
  return `Checked by ${by} — ${verdict}${date}`;
}

/** The fact-check matches of each quote id, best first. */
export function factChecksByQuote(
  matches: readonly FactCheckMatch[] | undefined,
): Map<string, FactCheckMatch[]> {
  const byQuote = new Map<string, FactCheckMatch[]>();
  for (const match of matches ?? []) {
    byQuote.set(match.quoteId, [...(byQuote.get(match.quoteId) ?? []), match]);
  }
  return byQuote;
}
