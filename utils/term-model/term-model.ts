import * as z from 'zod/mini';
import type { Tokens } from '../analysis/tokenize';
import { isRecord } from '../schema/is-record';
import {
  isCandidate,
  leftOf,
  neighbourFeatures,
  placeFeatures,
  rightOf,
  wordFeatures,
} from './term-features';

/** The trained weights asset (written by `npm run train:terms`), checked entry by entry (tests, training). */
export const TermModelWeightsSchema = z.object({
  about: z.string(),
  /** Probability at or above which a word is flagged as possibly loaded. */
  threshold: z.number().check(z.gt(0), z.lt(1)),
  /** Logistic-regression weight of each feature that survived pruning. */
  weights: z.record(z.string(), z.number()),
  /** Valence of words (-5 … 5), the model's one outside lexicon. */
  valence: z.record(z.string(), z.int()),
});
export type TermModelWeights = z.infer<typeof TermModelWeightsSchema>;

const isTable = (v: unknown): v is Record<string, number> => isRecord(v);

/**
 * The same shape checked only at the top: checking 47,000 weights one by one took longer than a
 * page's whole analysis, on every start of the service worker (the full check runs in the tests).
 */
export const TermModelAssetSchema = z.object({
  about: z.string(),
  threshold: z.number().check(z.gt(0), z.lt(1)),
  weights: z.custom<Record<string, number>>(isTable),
  valence: z.custom<Record<string, number>>(isTable),
});

/** A run of words the model judges loaded: token range and the highest probability in it. */
export interface ModelFlag {
  first: number;
  end: number;
  probability: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Distinct words scored per text: a 100,000-word article has about 10,000. Past that the model
 * stops (a megabyte of words that never repeat would otherwise take seconds, every one a cache
 * miss); the lexicon still covers the rest.
 */
export const MAX_DISTINCT = 20_000;

/** Words (and neighbours) whose scores are kept between texts: a few megabytes at most. */
const CACHE_MAX = 50_000;

/** A pruned logistic regression over word, affix, 4-gram, neighbour and valence features. */
export class TermModel {
  // Weights in a Map: looking up feature strings made from page text as object keys is several
  // times slower. The valence table stays the asset's object (one lookup per distinct word); the
  // typeof check keeps Object.prototype's names ("constructor") from reading as valences.
  private readonly weights: Map<string, number>;
  private readonly valence = (word: string): number | undefined => {
    const v = this.valenceTable[word];
    return typeof v === 'number' ? v : undefined;
  };
  private readonly valenceTable: Readonly<Record<string, number>>;
  private readonly cut: number;
  private sum = 0;
  private readonly add = (feature: string): void => {
    this.sum += this.weights.get(feature) ?? 0;
  };

  constructor(data: TermModelWeights, threshold = data.threshold) {
    this.weights = new Map();
    for (const key in data.weights) this.weights.set(key, data.weights[key]!);
    this.valenceTable = data.valence;
    this.cut = Math.log(threshold / (1 - threshold));
  }

  /** Probability that token `i` is loaded wording (0 for words the model never looks at). */
  probability(tk: Tokens, i: number): number {
    return isCandidate(tk, i) ? sigmoid(this.logit(tk, i)) : 0;
  }

  // Scores of the parts that depend on one word only, cached per word: words repeat, within a
  // text and from one article to the next, so most tokens cost three map lookups instead of
  // twenty string features. The scores depend on the word alone, so the cache outlives a text
  // (the background analyses page after page); it is emptied when it grows past CACHE_MAX.
  private readonly cache = {
    word: new Map<string, number>(),
    left: new Map<string, number>(),
    right: new Map<string, number>(),
  };

  private part(
    cache: Map<string, number>,
    key: string,
    features: (emit: (f: string) => void) => void,
  ): number {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.size >= CACHE_MAX) cache.clear();
    this.sum = 0;
    features(this.add);
    cache.set(key, this.sum);
    return this.sum;
  }

  private logit(tk: Tokens, i: number): number {
    const { word, left, right } = this.cache;
    const w = tk.norm(i);
    const l = leftOf(tk, i);
    const r = rightOf(tk, i);
    let z = this.part(word, w, (emit) => wordFeatures(w, this.valence, emit));
    z += this.part(left, l, (emit) => neighbourFeatures('l', l, this.valence, emit));
    z += this.part(right, r, (emit) => neighbourFeatures('r', r, this.valence, emit));
    this.sum = 0;
    placeFeatures(tk, i, this.add);
    return z + this.sum;
  }

  /**
   * Runs of adjacent words at or above the threshold, skipping tokens set in `taken` (already
   * flagged), until MAX_DISTINCT different words have been scored.
   */
  flags(tk: Tokens, taken: Uint8Array | null = null): ModelFlag[] {
    const out: ModelFlag[] = [];
    let last: ModelFlag | null = null;
    // Counted per text, not from the cache, so that a text's flags never depend on earlier texts.
    const seen = new Set<string>();
    for (let i = 0; i < tk.length; i++) {
      if (taken?.[i] || !isCandidate(tk, i)) continue;
      const word = tk.norm(i);
      if (seen.size >= MAX_DISTINCT && !seen.has(word)) break;
      seen.add(word);
      const logit = this.logit(tk, i);
      if (logit < this.cut) continue;
      const p = sigmoid(logit);
      if (last && last.end === i) {
        last.end = i + 1;
        last.probability = Math.max(last.probability, p);
      } else {
        last = { first: i, end: i + 1, probability: p };
        out.push(last);
      }
    }
    return out;
  }
}
