import type { Term, TermCategory } from '../analysis/analysis-schema';

/** One loaded term with all its occurrences in the article. */
export interface TermGroup {
  entry: string;
  category: TermCategory;
  /** How the term first appears in the text. */
  text: string;
  why: string;
  alternative: string | null;
  occurrences: Term[];
}

// Flags with no lexicon entry of their own are grouped by their words.
const BY_TEXT: ReadonlySet<TermCategory> = new Set(['scare-quote', 'possibly-loaded']);

/** Groups term occurrences by lexicon entry, in order of first appearance. */
export function groupTerms(terms: readonly Term[]): TermGroup[] {
  const groups = new Map<string, TermGroup>();
  for (const t of terms) {
    const key = BY_TEXT.has(t.category) ? `${t.category}:${t.text.toLowerCase()}` : t.entry;
    const group = groups.get(key);
    if (group) group.occurrences.push(t);
    else
      groups.set(key, {
        entry: key,
        category: t.category,
        text: t.text,
        why: t.why,
        alternative: t.alternative,
        occurrences: [t],
      });
  }
  return [...groups.values()];
}
