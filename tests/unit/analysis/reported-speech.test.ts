import { describe, expect, it } from 'vitest';
import { analyze, quoteWith } from './helpers';

describe('reported speech', () => {
  it('takes the that-clause, skipping time and place between cue and clause', () => {
    const text =
      'The governor said on Monday at a press event in the capital that the new road would be finished by spring.';
    const q = quoteWith(analyze(text), 'new road');
    expect(q.kind).toBe('reported');
    expect(q.text).toBe('the new road would be finished by spring');
    expect(q.cue?.text).toBe('said');
  });

  it('reads "according to X, …" and "…, according to X"', () => {
    const a = analyze(
      'According to the port authority, cargo volumes doubled last year. Exports rose sharply, according to Hans Brandt.',
    );
    expect(quoteWith(a, 'cargo volumes doubled').speaker?.mention).toBe('the port authority');
    expect(quoteWith(a, 'cargo volumes doubled').cue?.text).toBe('According to');
    expect(quoteWith(a, 'Exports rose').speaker?.name).toBe('Hans Brandt');
  });

  it('reads "X accused Y of …"', () => {
    const q = quoteWith(
      analyze('The union accused the company of hiding its profits.'),
      'the company of hiding',
    );
    expect(q.cue?.text).toBe('accused');
    expect(q.speaker?.mention).toBe('The union');
  });

  it('reads a claim followed by its attribution', () => {
    const q = quoteWith(
      analyze('The vote will be delayed until autumn, the committee chairman said.'),
      'vote will be delayed',
    );
    expect(q.speaker?.mention).toBe('the committee chairman');
  });

  it('does not report cue words inside a direct quote a second time', () => {
    const a = analyze('“Our rivals said that we would fail,” the captain said.');
    expect(a.quotes).toHaveLength(1);
  });
});

describe('cue neutrality', () => {
  it.each([
    ['said', true],
    ['told the court', true],
    ['claimed', false],
    ['admitted', false],
    ['insisted', false],
    ['alleged', false],
  ])('marks "%s" as neutral=%s', (cue, neutral) => {
    const q = analyze(`The driver ${cue} that the brakes had failed.`).quotes[0]!;
    expect(q.cue?.text).toBe(cue.split(' ')[0]);
    expect(q.cue?.neutral).toBe(neutral);
  });

  it('marks "according to" as neutral', () => {
    expect(analyze('According to the report, sales fell.').quotes[0]?.cue?.neutral).toBe(true);
  });
});

describe('a parenthetical cue in the middle of the claim', () => {
  it('reads "The deal, critics said, was a disgrace" as the critics’ claim, terms in their voice', () => {
    const a = analyze('The deal, critics said, was a disgrace.');
    const q = quoteWith(a, 'was a disgrace');
    expect(q.text).toBe('The deal, critics said, was a disgrace');
    expect(q.speaker?.name).toBe('critics');
    expect(a.terms.find((t) => t.text.includes('disgrace'))?.voice).toBe('reported');
  });

  it('still ends the claim before "…, the minister said, in a statement"', () => {
    const a = analyze('The plan will fail, the minister said, in a statement on Monday.');
    expect(quoteWith(a, 'plan will fail').text).toBe('The plan will fail');
  });
});

describe('a word quoted after a verb of calling', () => {
  it('is the named speaker’s quoted word, not a scare quote', () => {
    const a = analyze('Ana Berg called the report “absurd” and left the room.');
    expect(quoteWith(a, 'absurd').speaker?.name).toBe('Ana Berg');
    expect(a.terms.find((t) => t.text.includes('absurd'))?.voice).toBe('quoted');
  });

  it('stays a term after a pronoun, which may mean anyone named nearby', () => {
    const a = analyze(
      'Heads were angry at threats by the minister, Gil Ward, over what he called the “crisis” on campus.',
    );
    expect(a.quotes.some((q) => q.kind === 'direct' && q.text.includes('crisis'))).toBe(false);
  });
});

describe('evidence after "according to"', () => {
  it('shows a poll, an average or results as the described source', () => {
    const a = analyze(
      'The mayor leads by nine points, according to a Harbour Gazette poll taken last week.\n\nTurnout rose by a fifth, according to unofficial results tallied overnight.\n\nThe race is close, according to the polling average.',
    );
    expect(quoteWith(a, 'leads by nine').speaker).toMatchObject({ named: false });
    expect(quoteWith(a, 'Turnout rose').speaker?.mention).toContain('results');
    expect(quoteWith(a, 'race is close').speaker?.mention).toBe('the polling average');
    const b = analyze('“Nothing moved all night,” the data said.');
    expect(quoteWith(b, 'Nothing moved').speaker).toBeNull();
  });
});
