import type { Term } from '../analysis/analysis-schema';
import { groupTerms } from './group-terms';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * "10 distinct terms, 16 occurrences": the one way the panel header, the terms list and every
 * report count loaded terms, so no two places give different numbers for the same article.
 */
export function termCountText(terms: readonly Term[]): string {
  const distinct = groupTerms(terms).length;
  return `${plural(distinct, 'distinct term', 'distinct terms')}, ${plural(terms.length, 'occurrence', 'occurrences')}`;
}
