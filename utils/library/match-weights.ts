import type { DocumentSummary } from './match-schema';

/** Score per shared feature: a claim or a cited symbol says more than a subject. */
export const WEIGHT = { e: 3, place: 4, t: 1, claim: 5, s: 8 } as const;
/** Less certain documents sink a little. */
export const STATUS_FACTOR = {
  'verified-stored': 1,
  'verified-mirror': 1,
  secondary: 0.9,
  unverified: 0.8,
};
/** Primary documents first when the evidence ties; news and commentary after them. */
export const KIND_FACTOR: Record<DocumentSummary['kind'], number> = {
  report: 1,
  resolution: 1,
  'press-release': 0.95,
  statement: 0.95,
  'fact-check': 0.95,
  research: 0.9,
  reference: 0.9,
  news: 0.85,
  other: 0.85,
};
/** A document tied only to places the article never names is about another incident. */
export const OTHER_PLACE_FACTOR = 0.5;
/**
 * A document needs this score as well as a relevance rule (see relevance-rules.ts); calibrated on
 * real news about other subjects (tests/eval/eval-relevance.ts) so that they list nothing.
 */
export const MIN_SCORE = 2;
