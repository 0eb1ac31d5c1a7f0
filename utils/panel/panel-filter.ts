import type { Analysis } from '../analysis/analysis-schema';

/** What the reader chose to see in the panel. */
export interface PanelFilter {
  kinds: { quote: boolean; term: boolean; sourcing: boolean };
  /** Only this speaker's claims (by name); null for everyone. */
  speaker: string | null;
}

export const ALL_FINDINGS: PanelFilter = {
  kinds: { quote: true, term: true, sourcing: true },
  speaker: null,
};

/** The analysis narrowed to what the filter lets through. */
export function applyFilter(analysis: Analysis, filter: PanelFilter): Analysis {
  const quotes = filter.kinds.quote
    ? analysis.quotes.filter((q) => filter.speaker === null || q.speaker?.name === filter.speaker)
    : [];
  return {
    ...analysis,
    quotes,
    terms: filter.kinds.term ? analysis.terms : [],
    sourcing: filter.kinds.sourcing ? analysis.sourcing : [],
  };
}

/** Speaker names in the order they first speak. */
export function speakersOf(analysis: Analysis): string[] {
  return [...new Set(analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])))];
}
