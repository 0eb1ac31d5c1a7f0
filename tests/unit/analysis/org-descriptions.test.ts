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
