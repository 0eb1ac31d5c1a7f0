import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/utils/analysis/analyze-text';
import { SettingsSchema } from '@/utils/settings/settings';
import { parseAnalysisReply } from '@/utils/page/parse-analysis-reply';

const text =
  'The council met on Tuesday. "We will not raise the harbour fees this year," said Maria Okafor, ' +
  'the council’s treasurer. Okafor added that the berth would open in spring. Critics called the ' +
  'plan a disgrace, and officials said privately that the budget was already spent.';

/** The background's answer to `analyzeText`, as it sends it (a plain copy of the engine's output). */
const reply = () => ({
  settings: SettingsSchema.parse({}),
  dismissed: ['quote|x|0'],
  analysis: JSON.parse(JSON.stringify(analyzeText(text))) as unknown,
});

describe('parseAnalysisReply', () => {
  it('gives back the analysis as the engine made it, entities included', async () => {
    const sent = reply();
    const parsed = await parseAnalysisReply(sent);
    expect(parsed.dismissed).toEqual(['quote|x|0']);
    expect(parsed.analysis?.quotes.length).toBeGreaterThan(0);
    expect(parsed.analysis?.entities.length).toBeGreaterThan(0);
    // What the page sends back to a background that lost its copy: the whole analysis.
    expect(JSON.parse(JSON.stringify(parsed.analysis))).toEqual(sent.analysis);
  });

  it('refuses a malformed finding with words for the panel', async () => {
    const sent = reply();
    (sent.analysis as { quotes: { start: unknown }[] }).quotes[0]!.start = 'early';
    await expect(parseAnalysisReply(sent)).rejects.toThrow('malformed');
  });

  it('checks the entities when they are read, and refuses malformed ones then', async () => {
    const sent = reply();
    (sent.analysis as { entities: { type: unknown }[] }).entities[0]!.type = 'spaceship';
    const parsed = await parseAnalysisReply(sent);
    // The page draws and describes findings without reading the entities...
    expect(parsed.analysis?.quotes.length).toBeGreaterThan(0);
    // ...and never hands them on unchecked.
    expect(() => parsed.analysis?.entities).toThrow('malformed');
    expect(() => ({ ...parsed.analysis })).toThrow('malformed');
  });

  it('refuses a reply that is not an analysis', async () => {
    await expect(parseAnalysisReply({ settings: 'on' })).rejects.toThrow('did not come back');
    await expect(
      parseAnalysisReply({ ...reply(), analysis: { quotes: [], terms: [] } }),
    ).rejects.toThrow('did not come back');
  });
});
