export type FindingKind = 'quote' | 'term' | 'sourcing';

/** One highlightable thing the engine found, whatever its kind. */
export interface Finding {
  /** Unique on the page: `${kind}:${engine id}`. */
  id: string;
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
  /** Stable across re-analysis of the same article text: what a dismissal is remembered by. */
  key: string;
}

/** Where a finding of the engine stands in the text, whatever else it says. */
export interface FindingSpan {
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface TermSpan extends FindingSpan {
  category: string;
}

/** The finding lists of an analysis, or the spans the page checks first (`parseAnalysisReply`). */
export interface FindingLists {
  quotes: readonly FindingSpan[];
  terms: readonly TermSpan[];
  sourcing: readonly FindingSpan[];
}

/** All findings of an analysis, in text order (a term inside a quote comes after the quote). */
export function findingsOf(analysis: FindingLists): Finding[] {
  const seen = new Map<string, number>();
  const make = (
    kind: FindingKind,
    id: string,
    start: number,
    end: number,
    text: string,
  ): Finding => {
    const base = `${kind}|${text.slice(0, 80)}`;
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    return { id: `${kind}:${id}`, kind, start, end, text, key: `${base}|${nth}` };
  };
  const all = [
    ...analysis.quotes.map((q) => make('quote', q.id, q.start, q.end, q.text)),
    ...analysis.terms.map((t) => make('term', t.id, t.start, t.end, t.text)),
    ...analysis.sourcing.map((s) => make('sourcing', s.id, s.start, s.end, s.text)),
  ];
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Ids of the terms only the learned model flagged: drawn more lightly, as "possibly loaded". */
export function possibleTermIds(lists: FindingLists): Set<string> {
  return new Set(
    lists.terms.filter((t) => t.category === 'possibly-loaded').map((t) => `term:${t.id}`),
  );
}

/** The innermost finding covering a text offset (a term inside a quote wins over the quote). */
export function findingAt(findings: readonly Finding[], offset: number): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) {
    if (f.start > offset) break;
    if (offset < f.end && (!best || f.end - f.start < best.end - best.start)) best = f;
  }
  return best;
}
