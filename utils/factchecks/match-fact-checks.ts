import type { Analysis, Quote } from '../analysis/analysis-schema';
import { claimTerms, nameKey, type ClaimTerms } from './claim-terms';
import type { FactCheckIndex } from './fact-check-index';
import type { FactCheckMatch } from './fact-check-schema';
import { MATCH_THRESHOLD } from './match-threshold';

const CANDIDATES = 5;
const CANDIDATE_TERMS = 4;
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
  const scores = scoresFor(index);
  const out: FactCheckMatch[] = [];
  for (const quote of analysis.quotes) {
    const ranked = scoreClaim(index, scores, quote, contextOf(quote, analysis.entities));
    out.push(...ranked.filter((m) => m.score >= threshold).slice(0, perClaim));
  }
  return out;
}

// One score buffer per index, all zeros between claims: allocating 100,000 floats per article is waste.
const buffers = new WeakMap<FactCheckIndex, Float32Array>();
function scoresFor(index: FactCheckIndex): Float32Array {
  let scores = buffers.get(index);
  if (!scores) buffers.set(index, (scores = new Float32Array(index.records.length)));
  return scores;
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
  scores: Float32Array,
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

/**
 * The CANDIDATES best records by BM25 over the query's rarest terms (a frequent word adds little to
 * the ranking but touches tens of thousands of records); similarity then weighs every term.
 */
function candidates(index: FactCheckIndex, scores: Float32Array, query: Map<number, number>) {
  const terms = [...query]
    .map(([id, weight]) => ({ id, idf: index.idf[id]! * weight }))
    .sort((a, b) => b.idf - a.idf)
    .slice(0, CANDIDATE_TERMS);
  const { docNorm, postings } = index;
  const touched = new Int32Array(terms.reduce((n, t) => n + postings[t.id]!.length, 0));
  let count = 0;
  for (const { id, idf } of terms) {
    const posting = postings[id]!;
    for (let i = 0; i < posting.length; i++) {
      const d = posting[i]!;
      if (scores[d] === 0) touched[count++] = d;
      scores[d]! += idf * docNorm[d]!;
    }
  }
  const top: number[] = [];
  let floor = -1;
  for (let i = 0; i < count; i++) {
    const d = touched[i]!;
    const score = scores[d]!;
    if (score <= floor) continue;
    let at = Math.min(top.length, CANDIDATES - 1);
    while (at > 0 && scores[top[at - 1]!]! < score) at -= 1;
    top.splice(at, 0, d);
    if (top.length > CANDIDATES) top.pop();
    if (top.length === CANDIDATES) floor = scores[top[CANDIDATES - 1]!]!;
  }
  for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
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
