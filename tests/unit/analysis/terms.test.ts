import { describe, expect, it } from 'vitest';
import { LexiconSchema } from '@/utils/analysis/lexicon-schema';
import { lexicon } from '@/utils/analysis/lexicon';
import { analyze } from './helpers';
import { voiceLabel } from '@/utils/analysis/voice-label';

describe('loaded terms', () => {
  it('flags terms in the outlet’s own voice', () => {
    const a = analyze('The regime’s so-called reforms were a charade, as the Varlen regime knew.');
    const entries = a.terms.map((t) => [t.text, t.category, t.voice]);
    expect(entries).toContainEqual(['so-called', 'doubt', 'outlet']);
    expect(entries).toContainEqual(['charade', 'doubt', 'outlet']);
  });

  it('says when a term stands inside someone’s quote, and whose', () => {
    const a = analyze(
      '“These saboteurs want a pretext for war,” Defence Minister Ilse Marnow said.',
    );
    const saboteurs = a.terms.find((t) => t.text === 'saboteurs')!;
    expect(saboteurs).toMatchObject({
      category: 'label',
      voice: 'quoted',
      speaker: 'Ilse Marnow',
      quoteId: a.quotes[0]!.id,
    });
    expect(a.terms.find((t) => t.text === 'pretext')?.category).toBe('conspiracy-framing');
  });

  it('puts a term inside reported speech in the reported voice, credited to the claim’s speaker', () => {
    const a = analyze('Colonel Ana Vestry said the rebels were staging a false flag attack.');
    const term = a.terms.find((t) => t.entry === 'false-flag')!;
    expect(term).toMatchObject({ voice: 'reported', quoteId: a.quotes[0]!.id });
    expect(term.speaker).toMatch(/Vestry/);
    expect(voiceLabel(term)).toMatch(/^the outlet's wording of .*Vestry's claim$/);
    expect(voiceLabel({ voice: 'outlet', speaker: null })).toBe("the outlet's own words");
  });

  it('matches inflections and both spellings of hyphenated phrases', () => {
    const a = analyze(
      'They called it a false-flag stunt, a so called inquiry, and warned of more provocations.',
    );
    expect(a.terms.map((t) => t.entry)).toEqual(
      expect.arrayContaining(['false-flag', 'so-called', 'provocation']),
    );
    const t = a.terms.find((x) => x.entry === 'so-called')!;
    expect(t.text).toBe('so called');
  });

  it('flags "regime" as a label for a named government, not in "tax regime"', () => {
    expect(analyze('The Varlen regime jailed two editors.').terms.map((t) => t.entry)).toContain(
      'regime',
    );
    expect(analyze('The new tax regime starts in April.').terms).toHaveLength(0);
  });

  it('flags emotive words and gives a why and an alternative', () => {
    const t = analyze('The raid was a heinous act.').terms[0]!;
    expect(t).toMatchObject({ category: 'emotive', text: 'heinous' });
    expect(t.why.length).toBeGreaterThan(20);
    expect(t.alternative).not.toBeNull();
  });

  it('does not flag ordinary words or names that contain a loaded word', () => {
    expect(
      analyze('The Ministry of Health met on Saturday in the town of Kafr al-Sham.').terms,
    ).toHaveLength(0);
  });
});

describe('lexicon data', () => {
  it('parses and every entry says why and on what it rests', () => {
    expect(() => LexiconSchema.parse(lexicon)).not.toThrow();
    for (const t of lexicon.terms) {
      expect(t.why, t.id).toMatch(/\.$/);
      expect(t.reference.length, t.id).toBeGreaterThan(5);
    }
    expect(new Set(lexicon.terms.map((t) => t.id)).size).toBe(lexicon.terms.length);
  });
});
