import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const flagged = (text: string) => analyze(text).terms.map((t) => t.text.toLowerCase());

describe('loaded terms: the plain sense of ambiguous words is not flagged', () => {
  it('"sheer" in "sheer will", but not in "sheer propaganda"', () => {
    expect(flagged('Marta Ilves finished the climb on sheer will.')).toEqual([]);
    expect(flagged('The brochure was sheer propaganda from start to end.')).toEqual(['sheer']);
  });

  it('"endless" as a game genre, but not "endless lies"', () => {
    expect(flagged('Their new endless runner topped the download charts in May.')).toEqual([]);
    expect(flagged('Voters are tired of the endless lies from the council.')).toEqual(['endless']);
  });

  it('"hack" as a blow with an axe or a break-in, but not a person called a hack', () => {
    expect(flagged('With one hack of the axe, the ranger split the log.')).toEqual([]);
    expect(flagged('The hack exposed the emails of two thousand staff.')).toEqual([]);
    expect(flagged('The new minister is a party hack with no experience.')).toEqual(['hack']);
    expect(flagged('Everyone knows the columnist is a hack.')).toEqual(['hack']);
  });

  it('"horror" as other people’s reaction or a film genre, but not the outlet’s own verdict', () => {
    expect(flagged('Neighbours watched in horror as the roof gave way.')).toEqual([]);
    expect(flagged('To their horror, the bridge had washed away overnight.')).toEqual([]);
    expect(flagged('The festival opens with a horror film from Estonia.')).toEqual([]);
    expect(flagged('The horror of the camps is beyond words.')).toEqual(['horror']);
  });

  it('"slaughtered" in a plain account of a massacre or of livestock, but not as a verdict', () => {
    expect(flagged('Gunmen slaughtered 30 villagers in Kora on Sunday, the mayor said.')).toEqual(
      [],
    );
    expect(flagged('Farmers slaughtered cattle early to save on feed.')).toEqual([]);
    expect(flagged('The invaders slaughtered the innocent without mercy.')).toEqual([
      'slaughtered',
    ]);
  });
});

describe('loaded terms: the accusers’ word is reported, not the outlet’s', () => {
  it('"accusations of police brutality" is in the reported voice', () => {
    const a = analyze('The mayor faced accusations of police brutality after the march.');
    expect(a.terms.map((t) => [t.text, t.voice])).toEqual([['brutality', 'reported']]);
  });

  it('also after "allegations of" and "complaints of", with modifiers between', () => {
    const a = analyze(
      'Allegations of widespread brutality and complaints of reckless driving followed.',
    );
    expect(a.terms.map((t) => [t.text, t.voice])).toEqual([
      ['brutality', 'reported'],
      ['reckless', 'reported'],
    ]);
  });

  it('stays the outlet’s when the outlet itself says it', () => {
    const a = analyze('Police brutality marked the whole night in the square.');
    expect(a.terms.map((t) => [t.text, t.voice])).toEqual([['brutality', 'outlet']]);
  });
});

describe('loaded terms: "so-called" and quotation marks that introduce a term', () => {
  it('is not doubt when a definition follows', () => {
    expect(
      flagged('Investigators gathered so-called metadata, the records of who called whom.'),
    ).toEqual([]);
  });

  it('is still doubt when what follows the comma is a speech tag, not a definition', () => {
    expect(flagged('The so-called reform failed, the minister Ana Ruiz said on Monday.')).toEqual([
      'so-called',
    ]);
    expect(flagged('The so-called reform is a plan to close the mills.')).toEqual(['so-called']);
  });

  it('is not doubt before a title in quotation marks, but is before a bare name', () => {
    expect(flagged('The so-called “Northern Accord” was signed in 1998.')).toEqual([]);
    expect(flagged('Units of the so-called Northern Legion crossed the river.')).toEqual([
      'so-called',
    ]);
  });

  it('is not doubt when the article later uses the term plainly', () => {
    const text =
      'The app has a so-called sandbox mode. In sandbox mode, each program runs on its own.';
    expect(flagged(text)).toEqual([]);
  });

  it('is still doubt in a sneer', () => {
    expect(flagged('The so-called experts never visited the site.')).toEqual(['so-called']);
  });

  it('does not turn marks around a term that is then defined into scare quotes', () => {
    const a = analyze(
      'Regulators asked about so-called “personally identifiable information”, such as names and home addresses.',
    );
    expect(a.terms).toEqual([]);
  });

  it('keeps scare quotes that sneer', () => {
    const a = analyze('The so-called “reform” left every mill closed.');
    expect(a.terms.map((t) => t.category)).toContain('scare-quote');
  });
});

describe('loaded terms: explanations that fit every use', () => {
  it('does not call a party’s own newspaper "secretly controlled"', () => {
    const t = analyze('The daily is the party’s official mouthpiece.').terms[0]!;
    expect(t.entry).toBe('mouthpiece');
    expect(t.why).not.toMatch(/secret/i);
    expect(t.why).toMatch(/own newspaper/);
  });
});
