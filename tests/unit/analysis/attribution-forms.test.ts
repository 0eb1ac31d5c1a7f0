import { describe, expect, it } from 'vitest';
import { analyze, quoteWith } from './helpers';

describe('more ways news attributes a claim', () => {
  it('reads a clause after "said" that opens with a name or a noun', () => {
    const a = analyze(
      'Brandt said Keller had never seen the contract. Voss says rising rents drive people out.',
    );
    expect(quoteWith(a, 'Keller had never seen').speaker?.name).toBe('Brandt');
    expect(quoteWith(a, 'rising rents drive').speaker?.name).toBe('Voss');
  });

  it('reads "told X he …" with the clause after the listener', () => {
    const q = quoteWith(
      analyze('Ilse Marnow told local reporters she would not run again.'),
      'would not run again',
    );
    expect(q.kind).toBe('reported');
    expect(q.speaker?.name).toBe('Ilse Marnow');
  });

  it('gives ", saying …" the subject of the sentence', () => {
    const q = quoteWith(
      analyze(
        'On Monday, Mayor Ines Roldan rejected the audit, saying the figures were years out of date.',
      ),
      'figures were years',
    );
    expect(q.cue?.text).toBe('saying');
    expect(q.speaker?.name).toBe('Ines Roldan');
  });

  it('reads stances with an object: "called for", "wants", and findings of a survey', () => {
    const a = analyze(
      'Roldan called for an inquiry into the tender. The ferry survey showed most riders wanted later boats.',
    );
    expect(quoteWith(a, 'an inquiry into the tender').cue?.text).toBe('called for');
    expect(quoteWith(a, 'most riders wanted').speaker?.mention).toBe('The ferry survey');
  });

  it('does not read "found" with an ordinary subject as a claim', () => {
    expect(analyze('The divers found a rusted anchor near the pier.').quotes).toHaveLength(0);
  });

  it('reads a name, a long description in commas, and the cue', () => {
    const q = quoteWith(
      analyze(
        'Nils Aberg, a former harbour pilot and the author of two books on the strait, said the channel was silting up.',
      ),
      'channel was silting',
    );
    expect(q.speaker?.name).toBe('Nils Aberg');
  });

  it('reads "…, said X, the …" with a long description after the name', () => {
    const q = quoteWith(
      analyze(
        'The levy will hurt small boats most, said Ada Brun, who chairs the inshore fishing association in the north.',
      ),
      'levy will hurt',
    );
    expect(q.speaker?.name).toBe('Ada Brun');
  });

  it('reads a headline of the form "Name: claim"', () => {
    const q = quoteWith(
      analyze('Roldan: Tender Was Rigged From The Start\n\nThe mayor spoke on Friday.'),
      'Tender Was Rigged',
    );
    expect(q.speaker?.name).toBe('Roldan');
    expect(q.cue?.text).toBe(':');
  });

  it('gives a partial quotation inside a reported claim the same speaker', () => {
    const q = quoteWith(
      analyze('Roldan said the tender had been “rigged from the very first day” by the council.'),
      'rigged from the very',
    );
    expect(q.kind).toBe('direct');
    expect(q.speaker?.name).toBe('Roldan');
  });

  it('gives a quotation that fills the paragraph after an attributed one the same speaker', () => {
    const a = analyze(
      'Ines Roldan said the tender would be run again in spring.\n\n“We owe the town a clean process, and it will get one.”\n',
    );
    expect(quoteWith(a, 'clean process').speaker?.name).toBe('Ines Roldan');
  });

  it('finds the speaker of a quotation introduced at the end of the previous paragraph', () => {
    const a = analyze(
      'Roldan wrote to the council:\n\n“The tender must be run again from the start.”',
    );
    expect(quoteWith(a, 'tender must be run').speaker?.name).toBe('Roldan');
  });

  it('steps over a party tag in parentheses and keeps an initial inside the name', () => {
    const a = analyze(
      'Rep. Ada Voss (D-Vt.) said the harbour bill was dead.\n\n“The tide is turning,” J. Orrin Platt said.',
    );
    expect(quoteWith(a, 'harbour bill was dead').speaker?.name).toBe('Ada Voss');
    expect(quoteWith(a, 'tide is turning').speaker?.name).toBe('J. Orrin Platt');
  });

  it('hands a quotation after a colon to the subject of the sentence', () => {
    const q = quoteWith(
      analyze(
        'Mayor Ines Roldan ended her speech on a hopeful note: “The port will be busy again.”',
      ),
      'port will be busy',
    );
    expect(q.speaker?.name).toBe('Ines Roldan');
    expect(q.cue).toBeNull();
  });
});
