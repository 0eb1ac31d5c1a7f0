import { describe, expect, it } from 'vitest';
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
    const steps = walkthroughSteps(analysis);
    expect(steps.map((s) => s.finding.id)).toEqual([
      'quote:q0',
      'sourcing:s0',
      'quote:q1',
      'term:t0',
    ]);
    expect(steps[3]?.description.heading).toBe('Doubt marker: “so-called”');
    expect(
      walkthroughSteps(analysis, new Set(['term|so-called|0'])).map((s) => s.finding.id),
    ).toEqual(['quote:q0', 'sourcing:s0', 'quote:q1']);
  });
});
