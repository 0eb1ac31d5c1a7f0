import { describe, expect, it } from 'vitest';
import { groupClaimsBySpeaker } from '@/utils/panel/group-claims';
import { applyFilter, ALL_FINDINGS, speakersOf } from '@/utils/panel/panel-filter';
import type { Quote } from '@/utils/analysis/analysis-schema';

const quote = (
  id: string,
  name: string | null,
  anonymous = false,
  role: string | null = null,
): Quote => ({
  id,
  kind: 'direct',
  text: id,
  start: 0,
  end: 1,
  cue: null,
  continues: null,
  speaker:
    name === null
      ? null
      : { name, role, mention: name, named: !anonymous, anonymous, confidence: 0.95 },
});

const quotes = [
  quote('a', 'officials', true),
  quote('b', 'Ana Ruiz', false, 'mayor'),
  quote('c', null),
  quote('d', 'Ana Ruiz'),
  quote('e', 'Li Wei'),
];

describe('groupClaimsBySpeaker', () => {
  it('puts named speakers first by number of claims, then anonymous, then unknown', () => {
    const groups = groupClaimsBySpeaker(quotes);
    expect(groups.map((g) => [g.name, g.quotes.length])).toEqual([
      ['Ana Ruiz', 2],
      ['Li Wei', 1],
      ['officials', 1],
      ['Speaker not found', 1],
    ]);
    expect(groups[0]!.role).toBe('mayor');
  });
});

describe('applyFilter', () => {
  const analysis = { quotes, terms: [], sourcing: [], entities: [] };
  it('keeps one speaker’s claims', () => {
    const shown = applyFilter(analysis, { ...ALL_FINDINGS, speaker: 'Ana Ruiz' });
    expect(shown.quotes.map((q) => q.id)).toEqual(['b', 'd']);
  });
  it('hides a kind', () => {
    expect(
      applyFilter(analysis, { ...ALL_FINDINGS, kinds: { ...ALL_FINDINGS.kinds, quote: false } })
        .quotes,
    ).toEqual([]);
  });
  it('lists speakers in order of first appearance', () => {
    expect(speakersOf(analysis)).toEqual(['officials', 'Ana Ruiz', 'Li Wei']);
  });
});
