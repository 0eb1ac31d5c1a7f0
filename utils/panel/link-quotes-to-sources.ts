import type { DocumentMatch, DocumentSummary } from '../library/match-schema';

/** For each quote id, the matched documents that speak to that quote's own claim, best first. */
export function linkQuotesToSources(
  matches: readonly DocumentMatch[],
): Map<string, DocumentSummary[]> {
  const byQuote = new Map<string, DocumentSummary[]>();
  for (const match of matches) {
    for (const quoteId of match.quoteIds) {
      const list = byQuote.get(quoteId) ?? [];
      list.push(match.document);
      byQuote.set(quoteId, list);
    }
  }
  return byQuote;
}
