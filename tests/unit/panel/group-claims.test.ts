import { describe, expect, it } from 'vitest';
import { claimParts, claimText, groupClaimsBySpeaker } from '@/utils/panel/group-claims';
import { applyFilter, ALL_FINDINGS, speakersOf } from '@/utils/panel/panel-filter';
import type { Quote } from '@/utils/analysis/analysis-schema';
import { analyzeText } from '@/utils/analysis/analyze-text';

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
      ['Speaker unclear', 1],
    ]);
    expect(groups[0]!.role).toBe('mayor');
    expect(groups.map((g) => g.attribution)).toEqual(['named', 'named', 'anonymous', 'unclear']);
  });

  it('shows a described speaker ("the doctor") as described, not named', () => {
    const q: Quote = {
      ...quote('f', 'the doctor'),
      speaker: {
        name: 'the doctor',
        role: null,
        mention: 'the doctor',
        named: false,
        anonymous: false,
        confidence: 0.75,
      },
    };
    expect(groupClaimsBySpeaker([q])[0]!.attribution).toBe('described');
  });

  it('lists a quotation split by its cue once, with both parts in its text', () => {
    const first = { ...quote('g', 'Ana Ruiz'), text: 'The pumps failed' };
    const second = { ...quote('h', 'Ana Ruiz'), text: 'then the lights', continues: 'g' };
    const groups = groupClaimsBySpeaker([first, second]);
    expect(groups[0]!.quotes.map((q) => q.id)).toEqual(['g']);
    expect(claimText(first, claimParts([first, second]))).toBe(
      'The pumps failed … then the lights',
    );
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

describe("the journalist's own question in the panel", () => {
  it('is grouped under the interviewer, described, with the writer as the role', () => {
    const { quotes } = analyzeText(
      'Mayor Ines Marlow toured the dam.\n\nI asked her, “Will the valley flood again?”\n\n“Not this year,” Marlow said.',
    );
    const groups = groupClaimsBySpeaker(quotes);
    const interviewer = groups.find((g) => g.name === 'the interviewer');
    expect(interviewer).toMatchObject({ attribution: 'described', role: "the article's writer" });
    expect(interviewer!.quotes[0]!.text).toContain('valley flood');
    expect(groups.find((g) => g.name === 'Marlow')?.quotes[0]!.text).toContain('Not this year');
  });
});
