import { describe, expect, it } from 'vitest';
import { analyze, quoteWith } from './helpers';

describe('direct quotes', () => {
  it.each([
    ['curly', '“The bridge will open in May,” the mayor said.'],
    ['straight', '"The bridge will open in May," the mayor said.'],
    ['guillemets', '«The bridge will open in May», the mayor said.'],
    ['German low-high', '„The bridge will open in May“, the mayor said.'],
    ['single low-high', '‚The bridge will open in May‘, the mayor said.'],
    ['single guillemets', '‹The bridge will open in May›, the mayor said.'],
    ['single curly', '‘The bridge will open in May,’ the mayor said.'],
  ])('finds a quote in %s marks with offsets inside the marks', (_style, text) => {
    const a = analyze(text);
    expect(a.quotes).toHaveLength(1);
    const q = a.quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(text.slice(q.start, q.end)).toMatch(/^The bridge will open in May,?$/);
    expect(q.speaker?.mention).toBe('the mayor');
    expect(q.cue?.text).toBe('said');
  });

  it('does not end a curly quotation at a straight mark inside it', () => {
    const text = '“The sign said "closed for repairs" all week,” the shopkeeper Lena Ortiz said.';
    const q = quoteWith(analyze(text), 'The sign said');
    expect(q.text).toBe('The sign said "closed for repairs" all week,');
    expect(q.speaker?.name).toBe('Lena Ortiz');
  });

  it('still lets a straight mark close a curly quotation when no curly closer follows', () => {
    const text = '“The sign is wrong," the shopkeeper said.';
    expect(quoteWith(analyze(text), 'The sign').text).toBe('The sign is wrong,');
  });

  it('joins a quote that runs over paragraphs, each opening with a mark and only the last closing', () => {
    const text =
      'The coach spoke after the match.\n\n“We played badly in the first half. Nobody was running.\n\n“In the second half we found our legs and the crowd carried us,” said Ana Molina.\n';
    const q = quoteWith(analyze(text), 'We played badly');
    expect(q.text.startsWith('We played badly')).toBe(true);
    expect(q.text.endsWith('carried us,')).toBe(true);
    expect(q.text).toContain('\n\n“In the second half');
    expect(q.speaker?.name).toBe('Ana Molina');
  });

  it('reads the speaker before the quote', () => {
    const text = 'Harbour master Lena Ostrova told reporters: “The channel is safe again.”';
    const q = quoteWith(analyze(text), 'channel is safe');
    expect(q.speaker).toMatchObject({ name: 'Lena Ostrova', role: 'Harbour master' });
    expect(q.cue?.text).toBe('told');
  });

  it('reads the speaker after the quote, in either order', () => {
    const a = analyze(
      '“Prices will fall,” said the trade minister.\n“They will not,” Paul Brenner replied.',
    );
    expect(quoteWith(a, 'Prices will fall').speaker?.mention).toBe('the trade minister');
    expect(quoteWith(a, 'They will not').speaker?.name).toBe('Paul Brenner');
  });

  it('gives a quote split by its attribution the same speaker on both halves', () => {
    const a = analyze('“Look,” Dana Whitfield said, “the numbers do not add up.”');
    expect(quoteWith(a, 'Look').speaker?.name).toBe('Dana Whitfield');
    expect(quoteWith(a, 'numbers do not').speaker?.name).toBe('Dana Whitfield');
  });

  it('says speaker null when nobody can be found', () => {
    const q = quoteWith(
      analyze('The sign on the door read: “closed until further notice, sorry for any trouble.”'),
      'closed until',
    );
    expect(q.speaker).toBeNull();
  });

  it('treats one to three words in marks after a word of doubt as a scare quote, not a quote', () => {
    const text = 'The council approved the supposedly “temporary” levy for a third year running.';
    const a = analyze(text);
    expect(a.quotes).toHaveLength(0);
    const t = a.terms.find((x) => x.category === 'scare-quote');
    expect(t?.text).toBe('temporary');
    expect(text.slice(t!.start, t!.end)).toBe('temporary');
  });

  it('does not flag a word in marks after a verb, where it is mostly a word quoted in part', () => {
    const a = analyze('The council kept the levy “temporary” for a third year running.');
    expect(a.quotes).toHaveLength(0);
    expect(a.terms).toHaveLength(0);
  });

  it('reads a title in marks after a word as a name, not a quote', () => {
    const a = analyze('The mayor told “Harbour Morning Live” that the ferry would run.');
    expect(a.quotes.filter((q) => q.kind === 'direct')).toHaveLength(0);
  });

  it('reads doubled apostrophes as quotation marks and finds the speaker after them', () => {
    const q = quoteWith(
      analyze("''The tide tables are wrong,'' Ms. Orla Penn said on Friday."),
      'tide tables',
    );
    expect(q.kind).toBe('direct');
    expect(q.text).toBe('The tide tables are wrong,');
    expect(q.speaker).toMatchObject({ name: 'Orla Penn', mention: 'Ms. Orla Penn' });
  });

  it('keeps a short quote that has a speech cue as a quote', () => {
    const a = analyze('“Never,” the goalkeeper said.');
    expect(a.quotes[0]?.text).toBe('Never,');
    expect(a.terms).toHaveLength(0);
  });

  it('ignores apostrophes and drops an unclosed mark instead of swallowing the article', () => {
    const a = analyze(
      'The farmers’ union met on Friday. He said “we will see\n\nThe rest of the story is plain.',
    );
    expect(a.quotes.filter((q) => q.kind === 'direct')).toHaveLength(0);
  });
});
