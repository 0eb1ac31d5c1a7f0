import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const scare = (text: string) =>
  analyze(text)
    .terms.filter((t) => t.category === 'scare-quote')
    .map((t) => t.text);

describe('scare quotes without a word of doubt', () => {
  it('puts a short lower-case phrase in marks, held by a determiner, with loaded terms', () => {
    const text = 'The depot never became the “growth engine” of the valley.';
    const a = analyze(text);
    expect(a.quotes.filter((q) => q.kind === 'direct')).toHaveLength(0);
    const t = a.terms.find((x) => x.category === 'scare-quote');
    expect(t?.text).toBe('growth engine');
    expect(t?.why).toMatch(/\w/);
  });

  it('flags one word in marks before a noun and a phrase after "their"', () => {
    expect(scare('The “caretaker” cabinet sat for a fourth month.')).toEqual(['caretaker']);
    expect(scare('Landlords kept their “service charge” for another year.')).toEqual([
      'service charge',
    ]);
  });

  it('leaves a person’s own words quoted in part alone', () => {
    expect(scare('Critics mocked the mayor’s “clean streets” drive again.')).toEqual([]);
    expect(scare('Voters remembered his “fresh start” for years.')).toEqual([]);
    expect(scare('Nobody forgot the “lazy voters” remark in the spring.')).toEqual([]);
    expect(scare('The ad casts the senator as a “quiet fixer” for the county.')).toEqual([]);
    expect(scare('The board set aside a “40 percent” share for the county.')).toEqual([]);
  });

  it('leaves titles, nicknames and names in marks alone', () => {
    expect(scare('Her memoir “The Long Shore” came out in May.')).toEqual([]);
    expect(scare('Fans call the goalkeeper “the Wall” at every match.')).toEqual([]);
    expect(scare('The firm renamed the plant “the Beacon” last year.')).toEqual([]);
  });

  it('leaves a word mentioned as a word alone', () => {
    expect(scare('The word “provisional” appears nowhere in the decree.')).toEqual([]);
    expect(scare('The tax was known as “the levy” in most towns.')).toEqual([]);
  });

  it('leaves marks in a sentence that quotes someone alone', () => {
    expect(scare('The budget was a “modest step,” the treasurer said on Friday.')).toEqual([]);
    expect(scare('Ms. Tan described the plan as a “careful reset” of the rules.')).toEqual([]);
  });

  it('leaves longer phrases, full clauses and words after a verb alone', () => {
    expect(scare('The board called off the “very long and costly review” in June.')).toEqual([]);
    expect(scare('Residents found the rules “confusing” and wrote to the council.')).toEqual([]);
  });

  it('leaves a term that the article defines or keeps using plainly alone', () => {
    expect(
      scare('The plan adds a “buffer zone” — a strip where no building is allowed — by the river.'),
    ).toEqual([]);
    expect(
      scare('The town set up a “buffer zone” in March. The buffer zone now covers two streets.'),
    ).toEqual([]);
  });
});
