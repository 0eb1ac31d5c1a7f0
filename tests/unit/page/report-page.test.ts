import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeText } from '@/utils/analysis/analyze-text';
import { SettingsSchema } from '@/utils/settings/settings';
import { parseAnalysisReply } from '@/utils/page/parse-analysis-reply';
import { reportPage } from '@/utils/page/report-page';
import type { AnalysedArticle } from '@/utils/page/analyse-article';
import { makeDocument } from '../article/dom';

const text =
  '"The berth will open in spring," said Tomas Berger, the harbour master. Berger added that ' +
  'the board had approved the money. Officials said the cost had doubled.';

describe('reportPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('names the analysis, and sends it in full (entities checked) to a background that lost it', async () => {
    const engine = JSON.parse(JSON.stringify(analyzeText(text))) as { entities: unknown[] };
    expect(engine.entities.length).toBeGreaterThan(0);
    const { settings, analysis } = await parseAnalysisReply({
      settings: SettingsSchema.parse({}),
      dismissed: [],
      analysis: engine,
    });
    const sent: { report: { analysis: unknown }; reuseAnalysis?: boolean }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      sent.push(message as (typeof sent)[number]);
      return Promise.resolve(sent.length === 1 ? { missingAnalysis: true } : undefined);
    });
    const article = {
      settings,
      dismissed: new Set<string>(),
      roots: [],
      map: { text, segments: [] },
      analysis: analysis!,
      findings: [],
      possible: new Set<string>(),
      ranges: new Map(),
      recorded: false,
    } satisfies AnalysedArticle;
    await reportPage(makeDocument('<title>Berth</title><p>x</p>'), {
      status: 'article',
      article,
      dismissed: new Set(),
      highlightsVisible: true,
      error: null,
    });
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ reuseAnalysis: true, report: { analysis: null } });
    expect(sent[1]!.report.analysis).toEqual(engine);
    // A plain copy, not the page's object with its checked-on-read entities.
    expect(Object.getOwnPropertyDescriptor(sent[1]!.report.analysis, 'entities')).toHaveProperty(
      'value',
    );
  });
});
