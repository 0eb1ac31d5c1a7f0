import { describe, expect, it } from 'vitest';
import { analyze, quoteWith } from './helpers';

const article = [
  'Fire Service chief inspector Marta Kowalczyk said on Tuesday that the blaze started in a storage room.',
  '“We found no sign of arson,” Kowalczyk added.',
  'She said the alarms had worked as designed.',
  'The senior fire official also warned that older buildings in the district lacked sprinklers.',
].join('\n\n');

describe('speaker resolution', () => {
  const a = analyze(article);

  it('gives the full name and role from the first mention', () => {
    const q = quoteWith(a, 'blaze started');
    expect(q.kind).toBe('reported');
    expect(q.speaker).toEqual({
      name: 'Marta Kowalczyk',
      role: 'Fire Service chief inspector',
      mention: 'Fire Service chief inspector Marta Kowalczyk',
      named: true,
      anonymous: false,
      confidence: 0.95,
    });
  });

  it('resolves a surname to the full name and keeps the words used as mention', () => {
    expect(quoteWith(a, 'no sign of arson').speaker).toMatchObject({
      name: 'Marta Kowalczyk',
      mention: 'Kowalczyk',
    });
  });

  it('resolves a pronoun to the last named speaker', () => {
    expect(quoteWith(a, 'alarms had worked').speaker).toMatchObject({
      name: 'Marta Kowalczyk',
      mention: 'She',
    });
  });

  it('resolves a description that shares a word with the named speaker', () => {
    expect(quoteWith(a, 'older buildings').speaker).toMatchObject({
      name: 'Marta Kowalczyk',
      mention: 'The senior fire official',
      role: 'Fire Service chief inspector',
    });
  });

  it('resolves a description in the lede to a speaker named later', () => {
    const b = analyze(
      'A veteran Canadian diplomat has warned that the talks could collapse.\n\nCanadian envoy Robert Lindqvist said the delegations had stopped meeting.',
    );
    expect(quoteWith(b, 'talks could collapse').speaker?.name).toBe('Robert Lindqvist');
  });

  it('marks unnamed sources as anonymous', () => {
    const b = analyze(
      'Two officials said that the budget would be cut. A source told the paper that talks had failed.',
    );
    expect(quoteWith(b, 'budget would be cut').speaker).toMatchObject({
      anonymous: true,
      mention: 'Two officials',
    });
    expect(quoteWith(b, 'talks had failed').speaker).toMatchObject({
      anonymous: true,
      mention: 'A source',
    });
  });
});

describe('pronouns', () => {
  it('skips back to the last person whose title fits "she" or "he"', () => {
    const a = analyze(
      [
        'Ms. Hella Dorn said the quay would be closed for a week.',
        'Mr. Piet Abels said the ferries would keep to their timetable.',
        'She said the closure could not be avoided.',
      ].join('\n\n'),
    );
    expect(quoteWith(a, 'could not be avoided').speaker?.name).toBe('Hella Dorn');
  });
});
