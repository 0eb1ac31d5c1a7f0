import type { Analysis, Quote } from '../analysis/analysis-schema';
import { claimTerms, nameKey, type ClaimTerms } from './claim-terms';
import type { FactCheckIndex } from './fact-check-index';
import type { FactCheckMatch } from './fact-check-schema';
import { MATCH_THRESHOLD } from './match-threshold';

const K1 = 1.2;
const B = 0.75;
const CANDIDATES = 5;
/** Fewer content words than this and a claim ("a disgrace") would match by accident. */
const MIN_TERMS = 3;
const CONTEXT_WEIGHT = 0.5;
const CHECK_ONLY = 1.5;
const CLAIM_ONLY = 0.5;

export interface FactCheckMatchOptions {
  threshold?: number;
  perClaim?: number;
}

/** Fact-checks for each claim the engine found, best first, only above the threshold (pure). */
export function matchFactChecks(
  index: FactCheckIndex,
  analysis: Pick<Analysis, 'quotes' | 'entities'>,
  { threshold = MATCH_THRESHOLD, perClaim = 1 }: FactCheckMatchOptions = {},
): FactCheckMatch[] {
  if (index.records.length === 0) return [];
  const scores = new Float64Array(index.records.length);
  const out: FactCheckMatch[] = [];
  for (const quote of analysis.quotes) {
    const ranked = scoreClaim(index, scores, quote, contextOf(quote, analysis.entities));
    out.push(...ranked.filter((m) => m.score >= threshold).slice(0, perClaim));
  }
  return out;
}

/** A claim (or one clause of it) ready to compare: term id → 1 (or CONTEXT_WEIGHT for context). */
interface Query {
  text: string;
  features: ClaimTerms;
  terms: Map<number, number>;
  /** Weight of the claim's own words, including words no fact-check uses. */
  mass: number;
}

function makeQuery(index: FactCheckIndex, text: string, context: string[]): Query {
  const features = claimTerms(text);
  const unknown = Math.sqrt(Math.log(1 + (index.records.length + 0.5) / 0.5));
  const terms = new Map<number, number>();
  let mass = 0;
  for (const term of features.terms) {
    const id = index.termIds.get(term);
    // A word no fact-check uses still counts against coverage of the claim.
    mass += id === undefined ? unknown : index.weight[id]!;
    if (id !== undefined) terms.set(id, 1);
  }
  for (const term of context) {
    const id = index.termIds.get(term);
    if (id !== undefined && !terms.has(id)) terms.set(id, CONTEXT_WEIGHT);
  }
  return { text, features, terms, mass };
}

// A quote often makes more than one claim ("fares doubled, and families pay the price"): each
// clause is compared on its own too, so the words of the other claim do not hide the match.
const CLAUSE = /[.;:!?]+\s+|,\s+(?:and|but|while|so)\s+|\s+(?:and|but)\s+(?=\p{Ll})/u;

/** Every candidate for one claim with its calibrated score, best first (exported for calibration). */
export function scoreClaim(
  index: FactCheckIndex,
  scores: Float64Array,
  quote: Pick<Quote, 'id' | 'text' | 'speaker'>,
  context: string[],
): FactCheckMatch[] {
  const whole = makeQuery(index, quote.text, context);
  if (whole.features.terms.length < MIN_TERMS) return [];
  const clauses = quote.text
    .split(CLAUSE)
    .filter((c) => c.length < quote.text.length - 3)
    .map((c) => makeQuery(index, c, context))
    .filter((q) => q.features.terms.length >= MIN_TERMS);
  const speaker = quote.speaker && !quote.speaker.anonymous ? nameKey(quote.speaker.name) : null;
  return candidates(index, scores, whole.terms)
    .map((d) => {
      let best = similarity(index, d, whole, speaker);
      for (const clause of clauses) {
        const s = similarity(index, d, clause, speaker);
        if (s.score > best.score) best = s;
      }
      return { quoteId: quote.id, ...best, factCheck: index.records[d]! };
    })
    .sort((a, b) => b.score - a.score);
}

/** The CANDIDATES best records by BM25 (a linear top-k: common words touch tens of thousands). */
function candidates(index: FactCheckIndex, scores: Float64Array, query: Map<number, number>) {
  const touched: number[] = [];
  for (const [id, weight] of query) {
    const idf = index.idf[id]! * weight;
    for (const d of index.postings[id]!) {
      if (scores[d] === 0) touched.push(d);
      scores[d]! +=
        (idf * (K1 + 1)) / (1 + K1 * (1 - B + (B * index.docLength[d]!) / index.avgLength));
    }
  }
  const top: number[] = [];
  for (const d of touched) {
    if (top.length === CANDIDATES && scores[d]! <= scores[top[CANDIDATES - 1]!]!) continue;
    let at = Math.min(top.length, CANDIDATES - 1);
    while (at > 0 && scores[top[at - 1]!]! < scores[d]!) at -= 1;
    top.splice(at, 0, d);
    if (top.length > CANDIDATES) top.pop();
  }
  for (const d of touched) scores[d] = 0;
  return top;
}

function similarity(
  index: FactCheckIndex,
  d: number,
  query: Query,
  speaker: string | null,
): { score: number; sameSpeaker: boolean } {
  const { features } = query;
  let matched = 0;
  let context = 0;
  for (const id of index.docTerms[d]!) {
    const weight = query.terms.get(id);
    if (weight === 1) matched += index.weight[id]!;
    else if (weight !== undefined) context += index.weight[id]!;
  }
  // A Tversky index: what the fact-check says that the claim does not counts three times what the
  // claim adds (quotes run on; a fact-check's words each carry the checked claim).
  const shared = matched + context;
  const checkOnly = Math.max(0, index.docMass[d]! - shared);
  const claimOnly = Math.max(0, query.mass - matched);
  let score = shared / Math.max(1e-9, shared + CHECK_ONLY * checkOnly + CLAIM_ONLY * claimOnly);

  // Same words, different claim: other figures, the opposite direction, a denial, or reversed.
  const numbers = index.docNumbers[d];
  if (numbers && !numbers.some((n) => features.numbers.includes(n))) {
    score *= features.numbers.length ? 0.5 : 0.85;
  }
  const direction = index.docDirection[d]!;
  const mine = features.direction;
  // "The wage increase destroyed jobs" (up and down) is contradicted by "…created jobs" (up only).
  if (mine !== 0 && (direction & ~mine) !== 0) score *= 0.5;
  if ((index.docNegated[d] === 1) !== features.negated) score *= 0.7;
  if (reversedComparison(index.records[d]!.claimReviewed, query.text)) score *= 0.3;

  const claimant = index.claimantKey[d];
  const sameSpeaker = speaker !== null && claimant === speaker;
  if (sameSpeaker) score = Math.min(1, score * 1.1);
  else if (speaker !== null && claimant !== null) score *= 0.8;
  return { score: Math.round(score * 1000) / 1000, sameSpeaker };
}

/** "A commit more crimes than B" against "B commit more crimes than A": the same words, reversed. */
function reversedComparison(check: string, claim: string): boolean {
  const split = (text: string) => {
    const at = text.search(/\bthan\b/i);
    if (at < 0) return null;
    return [claimTerms(text.slice(0, at)).terms, claimTerms(text.slice(at + 4)).terms] as const;
  };
  const a = split(check);
  const b = split(claim);
  if (!a || !b) return false;
  const overlap = (x: readonly string[], y: readonly string[]) =>
    x.filter((t) => y.includes(t)).length;
  return overlap(a[0], b[1]) + overlap(a[1], b[0]) > overlap(a[0], b[0]) + overlap(a[1], b[1]);
}

/** Full names of the article's entities mentioned inside the claim, and the speaker's name. */
export function contextOf(quote: Quote, entities: Analysis['entities']): string[] {
  const names = entities
    .filter((e) => e.mentions.some((m) => m.start < quote.end && m.end > quote.start))
    .map((e) => e.name);
  if (quote.speaker && !quote.speaker.anonymous) names.push(quote.speaker.name);
  return [...new Set(names.flatMap((name) => claimTerms(name).terms))];
}
