import { describe, expect, it } from 'vitest';
import { sentenceAround, wordsAround } from '@/utils/walkthrough/sentence-around';

// Written for this test.
const text =
  'Heading here\nThe port reopened on Monday. Brevik said the inspection was a pretext to clear the tankers. Nobody else spoke.\nA new line.';
const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

describe('sentenceAround', () => {
  it('gives the whole sentence a flagged word stands in, and no more', () => {
    expect(sentenceAround(text, ...at('pretext'))).toEqual({
      before: 'Brevik said the inspection was a ',
      match: 'pretext',
      after: ' to clear the tankers.',
    });
    expect(sentenceAround(text, ...at('A new'))).toEqual({
      before: '',
      match: 'A new',
      after: ' line.',
    });
  });

  it('cuts a very long sentence and says so', () => {
    const long = `Start ${'word '.repeat(100)}loaded ${'word '.repeat(100)}end.`;
    const { before, after } = sentenceAround(
      long,
      ...([long.indexOf('loaded'), long.indexOf('loaded') + 6] as [number, number]),
    );
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(241);
  });
});

describe('wordsAround', () => {
  it('gives a few words either side, within the paragraph', () => {
    const c = wordsAround(text, ...at('pretext'), 3);
    expect(`${c.before}[${c.match}]${c.after}`).toBe('…inspection was a [pretext] to clear the…');
    expect(wordsAround(text, ...at('Heading'), 3)).toEqual({
      before: '',
      match: 'Heading',
      after: ' here',
    });
  });
});
