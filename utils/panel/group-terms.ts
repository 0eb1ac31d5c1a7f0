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

/** Groups term occurrences by lexicon entry, in order of first appearance. */
export function groupTerms(terms: readonly Term[]): TermGroup[] {
  const groups = new Map<string, TermGroup>();
  for (const t of terms) {
    const key = t.category === 'scare-quote' ? `scare-quote:${t.text.toLowerCase()}` : t.entry;
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
