import { describe, expect, it } from 'vitest';
import { analyze, quoteWith } from './helpers';

describe('speakers set off by commas, coordinated cues and titles before names', () => {
  it('reads a description, then the name in commas, before the cue, and resolves the surname later', () => {
    const a = analyze(
      [
        'The chief engineer of Dunmore Water, Petra Salk, said on Friday that the pipes under the square were older than the maps showed.',
        '“We will replace them street by street,” Salk told a meeting of residents.',
      ].join('\n\n'),
    );
    const reported = quoteWith(a, 'pipes under the square');
    expect(reported.kind).toBe('reported');
    expect(reported.speaker).toMatchObject({
      name: 'Petra Salk',
      role: 'chief engineer of Dunmore Water',
    });
    expect(quoteWith(a, 'street by street').speaker).toMatchObject({
      name: 'Petra Salk',
      role: 'chief engineer of Dunmore Water',
      mention: 'Salk',
    });
  });

  it('reads the name, then the description in commas', () => {
    const q = quoteWith(
      analyze('Petra Salk, the chief engineer of Dunmore Water, said that the tunnel was dry.'),
      'tunnel was dry',
    );
    expect(q.speaker).toMatchObject({
      name: 'Petra Salk',
      role: 'chief engineer of Dunmore Water',
    });
  });

  it('steps over a relative clause between the name and the cue', () => {
    const q = quoteWith(
      analyze(
        'Oskar Lind, who has run the ferry line since 2011, said the timetable would change.',
      ),
      'timetable would change',
    );
    expect(q.speaker?.name).toBe('Oskar Lind');
  });

  it('gives a cue after "and" the subject of the sentence', () => {
    const q = quoteWith(
      analyze(
        'The farmers’ cooperative Green Acre praised the “fair” price and warned that the harvest could still fail.',
      ),
      'harvest could still fail',
    );
    expect(q.kind).toBe('reported');
    expect(q.cue?.text).toBe('warned');
    expect(q.speaker).toMatchObject({ name: 'Green Acre', anonymous: false });
  });

  it('keeps an organisation speaker out of the people', () => {
    const a = analyze(
      'The tenants group Roof First criticised the landlord and said that repairs had stalled.',
    );
    expect(quoteWith(a, 'repairs had stalled').speaker?.name).toBe('Roof First');
    expect(a.entities.find((e) => e.name === 'Roof First')?.type).not.toBe('person');
  });

  it('takes a lower-case title after a quote as the role', () => {
    const q = quoteWith(
      analyze('“The audit is a smear and a distraction,” alderman Rui Falk said on Tuesday.'),
      'audit is a smear',
    );
    expect(q.speaker).toMatchObject({ name: 'Rui Falk', role: 'alderman' });
  });

  it('reads a possessive description with the name in commas before a quote', () => {
    const a = analyze(
      '“We reject the audit,” alderman Rui Falk said.\n\nHis deputy, Mina Ort, added: “Our books are open to anyone.”',
    );
    expect(quoteWith(a, 'books are open').speaker).toMatchObject({
      name: 'Mina Ort',
      role: 'deputy',
    });
  });

  it('keeps a role made of a possessive group and a title', () => {
    const q = quoteWith(
      analyze('Dockworkers’ union chair Lena Varga accused the port of cutting corners.'),
      'port of cutting',
    );
    expect(q.speaker).toMatchObject({ name: 'Lena Varga', role: 'Dockworkers’ union chair' });
  });
});

describe('quotations inside a reported clause or after an introducing cue', () => {
  it('finds the cue before a doubled apostrophe opening mark', () => {
    const a = analyze(
      "But, Ms. Orla Venn said, ''the tunnel is a series of compromises.'' Work went on.",
    );
    expect(quoteWith(a, 'series of compromises').speaker?.name).toBe('Orla Venn');
    const b = analyze("Tomas Reye agreed: ''The yard has a great crew and a long order book.''");
    expect(quoteWith(b, 'great crew').speaker?.name).toBe('Tomas Reye');
  });

  it('gives a quotation that fills most of a reported clause to its speaker', () => {
    const a = analyze(
      'Ada Brook, a harbour pilot, said the storm was the clearest sign yet that “the old breakwater can no longer hold back the sea.”',
    );
    expect(quoteWith(a, 'breakwater can no longer').speaker?.name).toBe('Ada Brook');
  });

  it('does not credit a quotation to the paper that reports someone else’s cue', () => {
    const a = analyze(
      'Brook, who is the sister of the harbour master, campaigned on the issue and called the closure “heartbreaking,” according to the Coast Gazette.',
    );
    expect(quoteWith(a, 'heartbreaking').speaker?.name ?? null).not.toBe('Coast Gazette');
    const b = analyze('The levy was “a burden on every small boat,” according to Ada Brook.');
    expect(quoteWith(b, 'burden on every').speaker?.name).toBe('Ada Brook');
  });
});

describe('plain-text quotation marks and honorifics', () => {
  it('keeps a quotation within a doubled-apostrophe quotation whole', () => {
    const a = analyze(
      "''The trouble with the word 'together' is that it hides who pays,'' Mr. Ostrow said.",
    );
    const q = quoteWith(a, 'trouble with the word');
    expect(q.text).toContain('hides who pays');
    expect(q.speaker?.name).toBe('Ostrow');
  });

  it('reads a title word after an honorific as a surname', () => {
    const a = analyze("''That is sixty votes,'' Mr. King said.");
    expect(quoteWith(a, 'sixty votes').speaker).toMatchObject({ name: 'King', named: true });
  });
});

describe('the person, not the place', () => {
  it('reads "Senator X of State" as X', () => {
    const a = analyze('Senator Ada Whitlow of Vermont said the ferry bill would pass.');
    expect(quoteWith(a, 'ferry bill').speaker).toMatchObject({ name: 'Ada Whitlow', named: true });
    const b = analyze('The Bank of Elmira said the loans were safe.');
    expect(quoteWith(b, 'loans were safe').speaker?.name).toBe('Bank of Elmira');
  });

  it('gives ", who said" to the name heading the appositives, not the place ending them', () => {
    const a = analyze(
      'That is not enough, said Hal Rubin, a senior analyst at Pellworth, who notes that the yard has cut costs.',
    );
    expect(quoteWith(a, 'yard has cut costs').speaker?.name).toBe('Hal Rubin');
    const b = analyze(
      '“It may worry people,” said Alan Berg, a doctor from Englewood, New Jersey, who said he knew the family.',
    );
    expect(quoteWith(b, 'knew the family').speaker?.name).toBe('Alan Berg');
    const c = analyze(
      'The plan was derided by Armin Lasch, the leader of the opposition in Westphalia, who suggested that the mayor resign.',
    );
    expect(quoteWith(c, 'mayor resign').speaker?.name).toBe('Armin Lasch');
  });
});

describe('manner-of-speaking cues', () => {
  it('reads "quipped", "shot back", "barked" and "went on" as cues', () => {
    const a = analyze(
      '“It was a hard part,” quipped Pitt of his role.\n\n“Let me talk,” Ada Kerr shot back.\n\n“Go home,” Tom Reyes barked.\n\n“And then it rained,” Reyes went on.',
    );
    expect(quoteWith(a, 'hard part').speaker?.name).toBe('Pitt');
    expect(quoteWith(a, 'Let me talk').speaker?.name).toBe('Ada Kerr');
    expect(quoteWith(a, 'Go home').speaker?.name).toBe('Tom Reyes');
    expect(quoteWith(a, 'then it rained').speaker?.name).toBe('Tom Reyes');
  });
});

describe('a quotation paragraph after a paragraph about one person', () => {
  it('gives it to that person, less sure than a name at a cue', () => {
    const a = analyze(
      'Mayor Ines Marlow showed no sign of backing down on Monday. She kept the depot closed.\n\n“If the council thinks we will blink, it is wrong.”',
    );
    const s = quoteWith(a, 'we will blink').speaker;
    expect(s).toMatchObject({ name: 'Ines Marlow', named: true });
    expect(s!.confidence).toBeLessThan(0.95);
    expect(s!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('leaves it unclear when the paragraph before names two people or no one', () => {
    const two = analyze(
      'Ines Marlow met Tom Reyes at the depot. Tom Reyes left early.\n\n“If the council thinks we will blink, it is wrong.”',
    );
    expect(two.quotes[0]!.speaker?.name ?? null).toBeNull();
    const none = analyze('Wait, it gets better:\n\n“By law the depot must stay open all winter.”');
    expect(none.quotes[0]!.speaker).toBeNull();
  });
});

describe('a partial quotation in a sentence with no cue', () => {
  it('is the sentence subject’s, less sure than a name at a cue', () => {
    const a = analyze('Mayor Ines Marlow thanked the crews for “keeping the whole valley dry.”');
    const s = quoteWith(a, 'whole valley dry').speaker;
    expect(s).toMatchObject({ name: 'Ines Marlow', named: true });
    expect(s!.confidence).toBeLessThan(0.95);
  });

  it('is nobody’s in a passive sentence', () => {
    const a = analyze(
      'Marlow was called “a danger to the whole valley, and to all of us,” by her rival.',
    );
    expect(quoteWith(a, 'danger to the whole').speaker).toBeNull();
  });
});

describe('the one spoken to', () => {
  it('is never the speaker of "told X: “…”"', () => {
    const a = analyze(
      'Later that week told Harbour Radio: “Both crews will meet next week to talk.”',
    );
    expect(quoteWith(a, 'Both crews').speaker?.name ?? null).not.toBe('Harbour Radio');
  });
});

describe('a day between the name and the cue', () => {
  it('still finds the name', () => {
    const a = analyze(
      'Gil Priebe later Thursday told Harbour Radio: “Both crews will meet next week to talk.”\n\nAda Voss on Monday said the port would close for a week.',
    );
    expect(quoteWith(a, 'Both crews').speaker?.name).toBe('Gil Priebe');
    expect(quoteWith(a, 'port would close').speaker?.name).toBe('Ada Voss');
  });
});

describe('an adverb between the name and the cue', () => {
  it('still finds the name, and "the family" stays the family', () => {
    const a = analyze(
      'Ada Voss politely suggested that the ferry might wait a week.\n\nThe family said the boy was safe at home.',
    );
    expect(quoteWith(a, 'ferry might wait').speaker?.name).toBe('Ada Voss');
    expect(quoteWith(a, 'boy was safe').speaker?.name).toBe('The family');
  });
});
