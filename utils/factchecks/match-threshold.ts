/**
 * The lowest similarity (0–1) at which a fact-check is shown under a claim. Calibrated on the
 * hand-written pairs in tests/eval/factcheck-pairs.ts (paraphrases and look-alike claims about the
 * same people): `npm run eval -- factchecks` prints precision and recall at every threshold.
 * Precision first: a wrong "Checked by…" under a claim is worse than none.
 */
export const MATCH_THRESHOLD = 0.82;
