import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('vague sourcing', () => {
  it('flags unnamed sources and unverifiable evidence', () => {
    const a = analyze(
      'Sources say the merger is off. We have credible intelligence at our disposal that the plant is closing.',
    );
    expect(a.sourcing.map((s) => [s.kind, s.text])).toEqual([
      ['vague-source', 'Sources say'],
      ['vague-source', 'credible intelligence at our disposal'],
    ]);
  });

  it('flags "it is widely known" style claims', () => {
    expect(analyze('It is widely believed that the mayor will resign.').sourcing[0]?.kind).toBe(
      'vague-source',
    );
  });

  it('flags agentless passives that carry a claim', () => {
    const text = 'The charity has been reported to have links with a banned party.';
    const s = analyze(text).sourcing[0]!;
    expect(s.kind).toBe('agentless-passive');
    expect(s.text.startsWith('has been reported to have links')).toBe(true);
  });

  it('leaves passives with an agent, and plain passives, alone', () => {
    expect(
      analyze('The bridge was built in 1904. The claim was reported by the local paper.').sourcing,
    ).toHaveLength(0);
  });
});
