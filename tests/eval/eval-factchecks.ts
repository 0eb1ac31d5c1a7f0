/**
 * `npx tsx tests/eval/eval-factchecks.ts`: precision and recall of fact-check matching on the
 * hand-written pairs (tests/eval/factcheck-pairs.ts), at every threshold, among 5,000 synthetic
 * fact-checks so term rarity is realistic. The shipped threshold is marked.
 */
import { pathToFileURL } from 'node:url';
import { buildFactCheckIndex } from '../../utils/factchecks/fact-check-index';
import type { FactCheck } from '../../utils/factchecks/fact-check-schema';
import { scoreClaim, contextOf } from '../../utils/factchecks/match-fact-checks';
import { MATCH_THRESHOLD } from '../../utils/factchecks/match-threshold';
import { readClaimReview } from '../../utils/factchecks/read-claim-review';
import { syntheticClaimReview } from '../bench/generate-fact-checks';
import { createRandom } from '../bench/prng';
import { HELDOUT_CLAIMS, PAIR_CHECKS, PAIR_CLAIMS, type PairClaim } from './factcheck-pairs';

const url = (id: string) => `https://checks.example/${id}`;

/** Each claim of the set with its best candidate and that candidate's score. */
export function scorePairs(
  claims: PairClaim[] = PAIR_CLAIMS,
  background = 5000,
): { claim: PairClaim; best: string | null; score: number }[] {
  const random = createRandom(7);
  const records: FactCheck[] = [];
  for (let i = 0; i < background; i++) {
    const read = readClaimReview(syntheticClaimReview(i, random));
    if (read.ok) records.push(read.record);
  }
  for (const c of PAIR_CHECKS) {
    const read = readClaimReview({
      claimReviewed: c.claim,
      url: url(c.id),
      itemReviewed: { author: { name: c.claimant } },
    });
    if (read.ok) records.push(read.record);
  }
  const index = buildFactCheckIndex(records);
  const scores = new Float32Array(records.length);
  return claims.map((claim, i) => {
    const quote = {
      id: `c${i}`,
      kind: 'direct' as const,
      text: claim.text,
      start: 0,
      end: claim.text.length,
      cue: null,
      speaker: claim.speaker
        ? {
            name: claim.speaker,
            role: null,
            mention: claim.speaker,
            named: !/^[a-z]/.test(claim.speaker),
            anonymous: /^[a-z]/.test(claim.speaker),
            confidence: 1,
          }
        : null,
      continues: null,
    };
    const [top] = scoreClaim(index, scores, quote, contextOf(quote, []));
    const best = top
      ? (PAIR_CHECKS.find((c) => url(c.id) === top.factCheck.url)?.id ?? 'synthetic')
      : null;
    return { claim, best, score: top?.score ?? 0 };
  });
}

/** Precision and recall when a match is shown at or above `threshold`. */
export function precisionRecall(
  scored: ReturnType<typeof scorePairs>,
  threshold: number,
): { precision: number; recall: number; tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { claim, best, score } of scored) {
    const shown = score >= threshold ? best : null;
    if (shown !== null && shown === claim.expect) tp += 1;
    else {
      if (shown !== null) fp += 1;
      if (claim.expect !== null) fn += 1;
    }
  }
  return {
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    tp,
    fp,
    fn,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, claims] of [
    ['calibration', PAIR_CLAIMS],
    ['held-out', HELDOUT_CLAIMS],
  ] as const) {
    const scored = scorePairs(claims);
    console.log(`\n${name} (${claims.length} claims)`);
    if (process.argv.includes('--claims')) {
      for (const s of scored) {
        console.log(
          `${s.score.toFixed(3)} ${s.best ?? '-'} (want ${s.claim.expect ?? '-'}) ${s.claim.kind}: ${s.claim.text}`,
        );
      }
    }
    console.log('threshold  precision  recall  (tp/fp/fn)');
    for (const t of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, MATCH_THRESHOLD, 0.85, 0.9]) {
      const r = precisionRecall(scored, t);
      const mark = t === MATCH_THRESHOLD ? '  ← shipped' : '';
      console.log(
        `${t.toFixed(2)}       ${r.precision.toFixed(3)}      ${r.recall.toFixed(3)}   (${r.tp}/${r.fp}/${r.fn})${mark}`,
      );
    }
  }
}
