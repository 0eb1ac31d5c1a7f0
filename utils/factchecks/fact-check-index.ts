import type { FactCheck } from './fact-check-schema';
import { claimTerms, nameKey } from './claim-terms';

/**
 * The fact-checks, prepared once for matching: an inverted index of claimReviewed's terms (BM25),
 * each record's own term ids (to measure how much of it a claim covers), figures, direction,
 * negation and the claimant's surname. Built once per library change, then cached.
 */
export interface FactCheckIndex {
  records: FactCheck[];
  termIds: Map<string, number>;
  /** Inverse document frequency of each term id (BM25 ranks candidates with it). */
  idf: Float64Array;
  /** √idf: the weight similarity uses, so one rare name does not outweigh what is claimed. */
  weight: Float64Array;
  /** Record ids containing each term id. */
  postings: Int32Array[];
  docTerms: Int32Array[];
  /** BM25's term-frequency factor for a term seen once in each record, by its length. */
  docNorm: Float32Array;
  /** Sum of weights of each record's terms. */
  docMass: Float64Array;
  docNumbers: (string[] | null)[];
  /** Bit 1: the claim says something went up; bit 2: down. */
  docDirection: Int8Array;
  docNegated: Uint8Array;
  claimantKey: (string | null)[];
}

const K1 = 1.2;
const B = 0.75;

/** Builds the index (pure; the cost is measured as factchecks.indexMs). */
export function buildFactCheckIndex(records: FactCheck[]): FactCheckIndex {
  const n = records.length;
  const termIds = new Map<string, number>();
  const df: number[] = [];
  const docTerms: Int32Array[] = new Array(n);
  const docLength = new Uint16Array(n);
  const docNorm = new Float32Array(n);
  const docNumbers: (string[] | null)[] = new Array(n);
  const docDirection = new Int8Array(n);
  const docNegated = new Uint8Array(n);
  const claimantKey: (string | null)[] = new Array(n);
  let totalLength = 0;
  for (let d = 0; d < n; d++) {
    const record = records[d]!;
    const features = claimTerms(record.claimReviewed);
    const ids = new Int32Array(features.terms.length);
    features.terms.forEach((term, i) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = df.length;
        termIds.set(term, id);
        df.push(0);
      }
      df[id]! += 1;
      ids[i] = id;
    });
    docTerms[d] = ids;
    docLength[d] = Math.min(65535, ids.length);
    totalLength += ids.length;
    docNumbers[d] = features.numbers.length ? features.numbers : null;
    docDirection[d] = features.direction;
    docNegated[d] = features.negated ? 1 : 0;
    claimantKey[d] = nameKey(record.claimant);
  }
  const idf = new Float64Array(df.length);
  const weight = new Float64Array(df.length);
  const postings: Int32Array[] = df.map((count) => new Int32Array(count));
  const fill = new Int32Array(df.length);
  df.forEach((count, id) => {
    idf[id] = Math.log(1 + (n - count + 0.5) / (count + 0.5));
    weight[id] = Math.sqrt(idf[id]!);
  });
  const docMass = new Float64Array(n);
  const avgLength = n ? totalLength / n : 1;
  for (let d = 0; d < n; d++) {
    docNorm[d] = (K1 + 1) / (1 + K1 * (1 - B + (B * docLength[d]!) / avgLength));
    let mass = 0;
    for (const id of docTerms[d]!) {
      postings[id]![fill[id]!++] = d;
      mass += weight[id]!;
    }
    docMass[d] = mass;
  }
  return {
    records,
    termIds,
    idf,
    weight,
    postings,
    docTerms,
    docNorm,
    docMass,
    docNumbers,
    docDirection,
    docNegated,
    claimantKey,
  };
}
