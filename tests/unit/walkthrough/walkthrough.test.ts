import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/utils/analysis/analyze-text';
import { explainFindings } from '@/utils/exercise/explain-findings';
import { stepForKey, type KeyLike } from '@/utils/walkthrough/step-key';
import { walkthroughSteps } from '@/utils/walkthrough/walkthrough-steps';
import { tabStateFixture } from '../report/report-fixture';

const key = (k: string, more: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: null,
  ...more,
});
const inside = (selector: string) => ({
  closest: (s: string) => (s.includes(selector) ? {} : null),
});

describe('stepForKey', () => {
  it('maps arrows, n/p, clicker keys and Home/End', () => {
    expect(['ArrowRight', 'n', 'PageDown'].map((k) => stepForKey(key(k)))).toEqual([1, 1, 1]);
    expect(['ArrowLeft', 'p', 'PageUp'].map((k) => stepForKey(key(k)))).toEqual([-1, -1, -1]);
    expect(stepForKey(key('Home'))).toBe('first');
    expect(stepForKey(key('End'))).toBe('last');
    expect(stepForKey(key('x'))).toBeNull();
  });

  it('leaves browser shortcuts, text fields and the mode tabs alone', () => {
    expect(stepForKey(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(stepForKey(key('n', { ctrlKey: true }))).toBeNull();
    expect(stepForKey(key('n', { target: inside('textarea') }))).toBeNull();
    expect(stepForKey(key('ArrowRight', { target: inside('[role="tablist"]') }))).toBeNull();
  });
});

describe('walkthroughSteps', () => {
  it('lists findings in reading order with their descriptions, skipping dismissed ones', () => {
    const analysis = tabStateFixture().report.analysis!;
    const steps = walkthroughSteps(analysis, new Set(), 'detailed');
    expect(steps.map((s) => s.finding.id)).toEqual([
      'quote:q0',
      'sourcing:s0',
      'quote:q1',
      'term:t0',
    ]);
    expect(steps[3]?.description.heading).toBe('Doubt marker: “so-called”');
    expect(
      walkthroughSteps(analysis, new Set(['term|so-called|0']), 'detailed').map(
        (s) => s.finding.id,
      ),
    ).toEqual(['quote:q0', 'sourcing:s0', 'quote:q1']);
  });

  it('by default takes one step per claim, with the terms inside it discussed there', () => {
    // Written for this test: a quote split by its cue with a loaded term in its second part,
    // then a loaded term in the outlet's own words.
    const analysis = analyzeText(
      'Marta Quill, the harbour master, spoke on Friday. “We checked every vessel,” she said. “The so-called leak is a pretext.”\n\nThe so-called inquiry ended.',
    );
    const detailed = walkthroughSteps(analysis, new Set(), 'detailed');
    const steps = walkthroughSteps(analysis);
    expect(detailed.length).toBeGreaterThan(steps.length);
    const claim = steps.find((s) => s.finding.kind === 'quote' && s.inside.length > 0)!;
    expect(claim.inside.map((s) => s.finding.text.toLowerCase())).toEqual(['so-called', 'pretext']);
    expect(steps.at(-1)!.finding.text).toBe('so-called');
    expect(steps.at(-1)!.inside).toEqual([]);
    // Every finding is discussed exactly once, either as a step or inside one.
    const covered = steps.flatMap((s) => [s.finding.id, ...s.inside.map((i) => i.finding.id)]);
    expect(covered.sort()).toEqual(detailed.map((s) => s.finding.id).sort());
  });
});

describe('a quotation split by its cue, and a speaker the engine is not sure of', () => {
  // Written for this test: one quotation split by "she said", then a quote nobody is named for.
  const analysis = analyzeText(
    '“The pumps failed first,” she said. “Then the lights went out.”\n\n“It was dark for hours,” the night said.',
  );

  it('is one walkthrough stop and one thing to spot in the exercise', () => {
    const quoteSteps = walkthroughSteps(analysis).filter((s) => s.finding.kind === 'quote');
    expect(quoteSteps.map((s) => s.finding.text)).toEqual([
      'The pumps failed first,',
      'It was dark for hours,',
    ]);
    const toSpot = explainFindings(analysis).filter((f) => f.kind === 'quote');
    expect(toSpot).toHaveLength(2);
  });

  it('says "Speaker unclear" on the card rather than naming anyone', () => {
    const step = walkthroughSteps(analysis).find((s) => s.finding.text.startsWith('It was dark'))!;
    expect(step.description.lines).toContainEqual({ label: 'Speaker', value: 'Speaker unclear' });
    expect(step.description.lines.find((l) => l.label === 'Source')?.value).toMatch(/^Unclear/);
  });
});
