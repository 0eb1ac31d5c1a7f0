import { describe, expect, it } from 'vitest';
import { matches } from '@/utils/exercise/overlap';
import { scoreExercise, type ExplainedFinding } from '@/utils/exercise/score-exercise';
import { explainFindings } from '@/utils/exercise/explain-findings';
import { tabStateFixture } from '../report/report-fixture';

const finding = (id: string, start: number, end: number): ExplainedFinding => ({
  id,
  kind: id.startsWith('term') ? 'term' : 'quote',
  start,
  end,
  text: id,
  key: id,
  heading: id,
  why: `why ${id}`,
  quoted: false,
});
const sel = (start: number, end: number) => ({ start, end, text: `${start}-${end}` });

// A quote (0-100) with a loaded term inside it (40-50), and a term on its own further on (200-209).
const findings = [
  finding('quote:q0', 0, 100),
  finding('term:t0', 40, 50),
  finding('term:t1', 200, 209),
];

describe('matches', () => {
  it('needs an overlap of at least half the shorter span', () => {
    expect(matches(sel(40, 50), { start: 40, end: 50 })).toBe(true);
    expect(matches(sel(45, 60), { start: 40, end: 50 })).toBe(true);
    expect(matches(sel(46, 60), { start: 40, end: 50 })).toBe(false);
    expect(matches(sel(50, 60), { start: 40, end: 50 })).toBe(false);
    expect(matches(sel(5, 5), { start: 0, end: 10 })).toBe(false);
  });
});

describe('scoreExercise', () => {
  it('counts found, missed and extra', () => {
    const score = scoreExercise(findings, [sel(198, 212), sel(300, 320)]);
    expect(score.found.map((f) => f.finding.id)).toEqual(['term:t1']);
    expect(score.missed.map((f) => f.id)).toEqual(['quote:q0', 'term:t0']);
    expect(score.extra).toEqual([sel(300, 320)]);
    expect(score.percent).toBe(33);
  });

  it('gives a word inside a quote to the word, not the quote', () => {
    const score = scoreExercise(findings, [sel(40, 50)]);
    expect(score.found.map((f) => f.finding.id)).toEqual(['term:t0']);
    expect(score.missed.map((f) => f.id)).toEqual(['quote:q0', 'term:t1']);
  });

  it('lets the quote and the word inside it both be found by two selections', () => {
    const score = scoreExercise(findings, [sel(0, 98), sel(39, 50)]);
    expect(score.found.map((f) => [f.finding.id, f.selection.start])).toEqual([
      ['quote:q0', 0],
      ['term:t0', 39],
    ]);
    expect(score.extra).toEqual([]);
  });

  it('counts one selection over everything as one find, not all of them', () => {
    const score = scoreExercise(findings, [sel(0, 300)]);
    expect(score.found).toHaveLength(1);
    expect(score.missed).toHaveLength(2);
  });

  it('counts the same passage selected twice once, the second as extra', () => {
    const score = scoreExercise(findings, [sel(200, 209), sel(200, 209)]);
    expect(score.found).toHaveLength(1);
    expect(score.extra).toHaveLength(1);
  });

  it('scores 100% with nothing to find and nothing selected, 0% with nothing selected', () => {
    expect(scoreExercise([], []).percent).toBe(100);
    expect(scoreExercise(findings, []).percent).toBe(0);
  });
});

describe('explainFindings', () => {
  it('gives each finding its why, in reading order, leaving out dismissed ones', () => {
    const analysis = tabStateFixture().report.analysis!;
    const all = explainFindings(analysis);
    expect(all.map((f) => f.id)).toEqual(['quote:q0', 'sourcing:s0', 'quote:q1', 'term:t0']);
    expect(all.find((f) => f.id === 'term:t0')?.why).toBe('So-called hints that a name is false.');
    expect(all.find((f) => f.id === 'quote:q0')?.why).toContain('Marta Quill');
    expect(explainFindings(analysis, new Set(['term|so-called|0'])).map((f) => f.id)).not.toContain(
      'term:t0',
    );
  });

  it('does not ask the student to find words only the learned model flags', () => {
    const analysis = tabStateFixture().report.analysis!;
    analysis.terms[0]!.category = 'possibly-loaded';
    expect(explainFindings(analysis).map((f) => f.id)).not.toContain('term:t0');
  });

  it('marks only direct quotes as someone’s exact words (reported speech gets no quote marks)', () => {
    const analysis = tabStateFixture().report.analysis!;
    const quoted = Object.fromEntries(explainFindings(analysis).map((f) => [f.id, f.quoted]));
    expect(quoted).toEqual({
      'quote:q0': true,
      'sourcing:s0': false,
      'quote:q1': false,
      'term:t0': false,
    });
  });
});
