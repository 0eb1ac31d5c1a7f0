import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analysis/analyze-text';
import { buildFactCheckIndex } from '../../../utils/factchecks/fact-check-index';
import { importFactChecks } from '../../../utils/factchecks/import-fact-checks';
import { loadFactCheckIndex } from '../../../utils/factchecks/load-fact-check-index';
import { matchFactChecks, scoreClaim } from '../../../utils/factchecks/match-fact-checks';
import { MATCH_THRESHOLD } from '../../../utils/factchecks/match-threshold';
import { readClaimReview } from '../../../utils/factchecks/read-claim-review';
import { precisionRecall, scorePairs } from '../../eval/eval-factchecks';
import { HELDOUT_CLAIMS, PAIR_CLAIMS } from '../../eval/factcheck-pairs';
import { freshDb } from '../db/db-helpers';

const check = (n: number, claim: string, claimant: string | null) => {
  const read = readClaimReview({
    claimReviewed: claim,
    url: `https://desk.example/${n}`,
    author: { name: 'Harbour Fact Desk' },
    reviewRating: { alternateName: 'False' },
    datePublished: '2026-04-02',
    itemReviewed: { author: { name: claimant } },
  });
  if (!read.ok) throw new Error(read.reason);
  return read.record;
};

describe('fact-check matching', () => {
  it('meets its calibrated precision on the hand-written pairs', () => {
    const calibration = precisionRecall(scorePairs(PAIR_CLAIMS), MATCH_THRESHOLD);
    expect(calibration.precision).toBe(1);
    expect(calibration.recall).toBeGreaterThanOrEqual(0.8);
    const heldOut = precisionRecall(scorePairs(HELDOUT_CLAIMS), MATCH_THRESHOLD);
    expect(heldOut.precision).toBe(1);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.5);
  });

  it('attaches a fact-check to the claim an article quotes, and none to an unrelated one', () => {
    const index = buildFactCheckIndex([
      check(1, 'Lowmarsh council spent 40 million on the new ferry terminal.', 'Greta Falk'),
      check(2, 'Lowmarsh council spent 40 million on the new library.', 'Greta Falk'),
      check(3, 'The river wall in Kessel was built without permits.', 'Idris Quist'),
    ]);
    const text =
      'Councillor Greta Falk said: "The council spent 40 million on the new ferry terminal in Lowmarsh." ' +
      'Greta Falk also said: "Our volunteers will repaint the bandstand next spring."';
    const analysis = analyzeText(text);
    expect(analysis.quotes.length).toBe(2);
    const matches = matchFactChecks(index, analysis);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      quoteId: analysis.quotes[0]!.id,
      sameSpeaker: true,
      factCheck: { url: 'https://desk.example/1', checker: 'Harbour Fact Desk', verdict: 'False' },
    });
  });

  it('raises a match when the fact-check names the claim’s speaker', () => {
    const index = buildFactCheckIndex([
      check(1, 'Bus fares in Tarrow have doubled in five years.', 'Selma Lindqvist'),
    ]);
    const quote = (name: string) => ({
      id: 'q',
      text: 'bus fares in Tarrow doubled over the last five years',
      speaker: { name, role: null, mention: name, named: true, anonymous: false, confidence: 1 },
    });
    const scores = new Float32Array(1);
    const same = scoreClaim(index, scores, quote('Selma Lindqvist'), [])[0]!;
    const other = scoreClaim(index, scores, quote('Pavel Moravec'), [])[0]!;
    expect(same.sameSpeaker).toBe(true);
    expect(other.sameSpeaker).toBe(false);
    expect(same.score).toBeGreaterThan(other.score);
  });

  it('builds the index once and drops it when the fact-checks change', async () => {
    const db = freshDb();
    const first = loadFactCheckIndex(db);
    expect(loadFactCheckIndex(db)).toBe(first);
    expect((await first).records).toHaveLength(0);
    await importFactChecks(
      db,
      new Blob([JSON.stringify([{ claimReviewed: 'The dam leaks.', url: 'https://d.example/1' }])]),
    );
    const second = loadFactCheckIndex(db);
    expect(second).not.toBe(first);
    expect((await second).records.map((r) => r.url)).toEqual(['https://d.example/1']);
  });
});
