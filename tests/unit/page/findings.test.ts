import { describe, expect, it } from 'vitest';
import { findingAt, findingsOf } from '@/utils/page/findings';
import type { Analysis } from '@/utils/analysis/analysis-schema';

const text = 'She said “the so-called plan is dead” and the so-called plan died.';
const at = (s: string, from = 0) => text.indexOf(s, from);
const analysis: Analysis = {
  quotes: [
    {
      id: 'q0',
      kind: 'direct',
      text: 'the so-called plan is dead',
      start: at('the so-called'),
      end: at('” and'),
      speaker: null,
      cue: null,
      continues: null,
    },
  ],
  terms: [0, 1].map((n) => {
    const start = n === 0 ? at('so-called') : at('so-called', at('so-called') + 1);
    return {
      id: `t${n}`,
      entry: 'so-called',
      category: 'doubt' as const,
      text: 'so-called',
      start,
      end: start + 9,
      why: 'w',
      alternative: null,
      voice: n === 0 ? ('quoted' as const) : ('outlet' as const),
      quoteId: n === 0 ? 'q0' : null,
      speaker: null,
    };
  }),
  sourcing: [],
  entities: [],
};

describe('findingsOf', () => {
  it('lists every finding in text order with page-unique ids', () => {
    const findings = findingsOf(analysis);
    expect(findings.map((f) => f.id)).toEqual(['quote:q0', 'term:t0', 'term:t1']);
  });

  it('gives repeated text distinct, stable keys', () => {
    const keys = findingsOf(analysis).map((f) => f.key);
    expect(new Set(keys).size).toBe(3);
    expect(findingsOf(analysis).map((f) => f.key)).toEqual(keys);
  });
});

describe('findingAt', () => {
  it('returns the innermost finding: the term inside the quote', () => {
    const findings = findingsOf(analysis);
    expect(findingAt(findings, at('called'))?.id).toBe('term:t0');
    expect(findingAt(findings, at('dead'))?.id).toBe('quote:q0');
    expect(findingAt(findings, at('She'))).toBeNull();
  });
});
