import { describe, expect, it } from 'vitest';
import { analyze, quoteWith } from './helpers';

describe('"the company" and "the ministry" as speakers', () => {
  it('resolves "the company" to the one company named before it, shown as named', () => {
    const a = analyze(
      'Larkspur Ferries Ltd. cut its winter timetable on Monday. “We had no choice,” the company said in a statement.',
    );
    const s = quoteWith(a, 'no choice').speaker;
    expect(s?.name).toBe('Larkspur Ferries Ltd');
    expect(s?.named).toBe(true);
    expect(s?.mention).toBe('the company');
  });

  it('resolves "the ministry" to the one ministry named before it', () => {
    const a = analyze(
      'The Ministry of Fisheries closed the bay to trawlers.\n\nThe ministry said the stocks had fallen by a third.',
    );
    const s = quoteWith(a, 'stocks had fallen').speaker;
    expect(s?.name).toBe('Ministry of Fisheries');
    expect(s?.named).toBe(true);
  });

  it('resolves "the company" to a speaker introduced as a company', () => {
    const a = analyze(
      'Brightwell, a shipping company, said it would cut two routes.\n\n“We had no choice,” the company said.',
    );
    const s = quoteWith(a, 'no choice').speaker;
    expect(s?.name).toBe('Brightwell');
    expect(s?.named).toBe(true);
  });

  it('keeps the description when two organisations of that kind were named', () => {
    const a = analyze(
      'Larkspur Ferries Ltd. and Brackwater Shipping Inc. both cut routes. “We had no choice,” the company said.',
    );
    const s = quoteWith(a, 'no choice').speaker;
    expect(s?.name).toBe('the company');
    expect(s?.named).toBe(false);
  });

  it('keeps the description when the organisation is named only after it', () => {
    const a = analyze(
      '“We had no choice,” the company said on Monday. Larkspur Ferries Ltd. would not say more.',
    );
    expect(quoteWith(a, 'no choice').speaker?.named).toBe(false);
  });

  it('does not take an organisation of another kind', () => {
    const a = analyze(
      'The Ministry of Fisheries closed the bay.\n\nThe company said the closure would cost forty jobs.',
    );
    const s = quoteWith(a, 'closure would cost').speaker;
    expect(s?.name).toBe('The company');
    expect(s?.named).toBe(false);
  });

  it('does not give "the company" to a person described by the company', () => {
    const a = analyze(
      'Nadia Crowe, the company’s finance chief, spoke first.\n\nThe company said profits fell by a fifth.',
    );
    expect(quoteWith(a, 'profits fell').speaker?.name).toBe('The company');
  });
});

describe('"the company" for a company named without a kind word', () => {
  const company = (text: string, fragment: string) => quoteWith(analyze(text), fragment).speaker!;

  it('knows a company by its chief executive, its shares or what it makes', () => {
    for (const evidence of [
      'Quillmark’s chief executive resigned on Monday.',
      'Shares of Quillmark fell by a tenth on Monday.',
      'Quillmark’s shares fell by a tenth on Monday.',
      'Quillmark, which makes ferry engines, cut jobs on Monday.',
      'Quillmark, the engine manufacturer, cut jobs on Monday.',
    ]) {
      const s = company(`${evidence}\n\n“We regret the delay,” the company said.`, 'regret');
      expect(s, evidence).toMatchObject({ name: 'Quillmark', mention: 'the company', named: true });
    }
  });

  it('resolves "the firm" and "the airline" the same way', () => {
    expect(
      company('Shares of Quillmark fell.\n\nThe firm said the engines were safe.', 'engines').name,
    ).toBe('Quillmark');
    const s = company(
      'Tern, the budget airline, cut its winter flights.\n\n“We had no choice,” the carrier said.',
      'no choice',
    );
    expect(s).toMatchObject({ name: 'Tern', named: true });
  });

  it('takes a company named with and without its suffix as one', () => {
    const s = company(
      'Quillmark Inc. cut jobs. Quillmark’s shares fell.\n\n“We regret it,” the company said.',
      'regret it',
    );
    expect(s?.name).toBe('Quillmark Inc');
  });

  it('keeps the description when two companies are in play', () => {
    const s = company(
      'Quillmark’s chief executive met Ferrand, which makes hulls.\n\n“We regret it,” the company said.',
      'regret it',
    );
    expect(s).toMatchObject({ name: 'the company', named: false });
  });

  it('keeps the description without evidence, or when the evidence comes after it', () => {
    expect(
      company('Quillmark said it would cut jobs.\n\n“We regret it,” the company said.', 'regret')
        .named,
    ).toBe(false);
    expect(
      company('“We regret it,” the company said.\n\nShares of Quillmark fell.', 'regret').named,
    ).toBe(false);
  });

  it('does not take a person described by a job for a company', () => {
    const s = company(
      'Mary Oakes, a mail carrier, said the round was cut.\n\n“We regret it,” the company said.',
      'regret it',
    );
    expect(s?.named).toBe(false);
    expect(
      company(
        'Owen Lake, the company’s founder, spoke.\n\n“We regret it,” the company said.',
        'regret',
      ).named,
    ).toBe(false);
  });

  it('does not make "the airline" of a company of another kind', () => {
    const s = company(
      'Quillmark, the engine manufacturer, cut jobs.\n\n“We regret it,” the airline said.',
      'regret it',
    );
    expect(s).toMatchObject({ name: 'the airline', named: false });
  });
});
