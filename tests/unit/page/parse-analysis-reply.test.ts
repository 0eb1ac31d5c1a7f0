import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/utils/analysis/analyze-text';
import { SettingsSchema } from '@/utils/settings/settings';
import { parseAnalysisReply } from '@/utils/page/parse-analysis-reply';

const text =
  'The council met on Tuesday. "We will not raise the harbour fees this year," said Maria Okafor, ' +
  'the council’s treasurer. Okafor added that the berth would open in spring. Critics called the ' +
  'plan a disgrace, and officials said privately that the budget was already spent.';

type Lists = Record<'quotes' | 'terms' | 'sourcing', Record<string, unknown>[]>;

/** The background's answer to `analyzeText`, as it sends it (a plain copy of the engine's output). */
const reply = () => ({
  settings: SettingsSchema.parse({}),
  dismissed: ['quote|x|0'],
  analysis: JSON.parse(JSON.stringify(analyzeText(text))) as unknown,
});

describe('parseAnalysisReply', () => {
  it('gives back the analysis as the engine made it, entities included', () => {
    const sent = reply();
    const parsed = parseAnalysisReply(sent);
    expect(parsed.dismissed).toEqual(['quote|x|0']);
    expect(parsed.analysis?.quotes.length).toBeGreaterThan(0);
    expect(parsed.analysis?.entities.length).toBeGreaterThan(0);
    // What the page sends back to a background that lost its copy: the whole analysis.
    expect(JSON.parse(JSON.stringify(parsed.analysis))).toEqual(sent.analysis);
  });

  it('gives the spans the page draws with, the same as the findings', () => {
    const sent = reply();
    const { spans, analysis } = parseAnalysisReply(sent);
    for (const list of ['quotes', 'terms', 'sourcing'] as const) {
      expect(spans?.[list].map(({ id, start, end, text }) => ({ id, start, end, text }))).toEqual(
        analysis?.[list].map(({ id, start, end, text }) => ({ id, start, end, text })),
      );
    }
    expect(spans?.terms.length).toBeGreaterThan(0);
  });

  it('refuses a finding it cannot place, at once, with words for the panel', () => {
    for (const spoil of [
      (a: Lists) => (a.quotes[0]!.start = 'early'),
      (a: Lists) => (a.quotes[0]!.end = -3),
      (a: Lists) => (a.terms[0]!.id = 7),
      (a: Lists) => delete a.terms[0]!.category,
      (a: Lists) => (a.sourcing = [{ text: 'x' }]),
    ]) {
      const sent = reply();
      spoil(sent.analysis as Lists);
      expect(() => parseAnalysisReply(sent)).toThrow('malformed');
    }
  });

  it('checks the rest of a finding when it is read, and refuses a malformed one then', () => {
    const sent = reply();
    (sent.analysis as Lists).quotes[0]!.kind = 'shouted';
    const parsed = parseAnalysisReply(sent);
    // The highlights are drawn from the spans...
    expect(parsed.spans?.quotes.length).toBeGreaterThan(0);
    expect(parsed.analysis?.terms.length).toBeGreaterThan(0);
    // ...and the card, which reads the quote, never gets it unchecked.
    expect(() => parsed.analysis?.quotes).toThrow('malformed');
  });

  it('checks the entities when they are read, and refuses malformed ones then', () => {
    const sent = reply();
    (sent.analysis as { entities: { type: unknown }[] }).entities[0]!.type = 'spaceship';
    const parsed = parseAnalysisReply(sent);
    // The page draws and describes findings without reading the entities...
    expect(parsed.analysis?.quotes.length).toBeGreaterThan(0);
    // ...and never hands them on unchecked.
    expect(() => parsed.analysis?.entities).toThrow('malformed');
    expect(() => ({ ...parsed.analysis })).toThrow('malformed');
  });

  it('refuses a reply that is not an analysis', () => {
    expect(() => parseAnalysisReply({ settings: 'on' })).toThrow('did not come back');
    expect(() => parseAnalysisReply({ ...reply(), dismissed: [3] })).toThrow('did not come back');
    expect(() => parseAnalysisReply({ ...reply(), analysis: { quotes: [], terms: [] } })).toThrow(
      'did not come back',
    );
  });
});
