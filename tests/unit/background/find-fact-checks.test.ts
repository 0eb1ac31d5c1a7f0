import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { tabStore } from '@/utils/background/tab-store';
import { openDb } from '@/utils/db/open-db';
import { importFactChecks } from '@/utils/factchecks/import-fact-checks';

const sender = { tab: { id: 9 } } as Browser.runtime.MessageSender;
const url = 'https://news.example/harbour';
const text =
  'The harbour master Ivo Halloran said: "Cargo traffic through Saltreach harbour fell by 30 percent this winter." ' +
  'Halloran added that the cranes would be repainted.';
const report = {
  url,
  title: 'Harbour',
  domain: 'news.example',
  status: 'article' as const,
  analysis: null,
  dismissed: [],
  highlightsVisible: true,
  error: null,
};

describe('the background attaches fact-checks to the tab state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('matches the imported fact-checks to the page’s claims and stores them, schema-checked', async () => {
    const feed = [
      {
        '@type': 'ClaimReview',
        claimReviewed: 'Cargo traffic through Saltreach harbour fell 30 percent this winter.',
        url: 'https://checkers.example/saltreach-cargo',
        author: { name: 'Saltreach Checks' },
        reviewRating: { alternateName: 'Mostly true' },
        datePublished: '2026-03-01',
        itemReviewed: { author: { name: 'Ivo Halloran' } },
      },
    ];
    const imported = await importFactChecks(openDb(), new Blob([JSON.stringify(feed)]));
    expect(imported.ok).toBe(true);
    await handleBackgroundMessage({ type: 'analyzeText', text, url }, sender);
    await handleBackgroundMessage(
      { type: 'pageReport', report, text: '', reuseAnalysis: true },
      sender,
    );
    const state = await tabStore.get(9);
    const quote = state?.report.analysis?.quotes.find((q) => q.text.startsWith('Cargo'));
    expect(quote).toBeDefined();
    expect(state?.factChecks).toEqual([
      expect.objectContaining({
        quoteId: quote!.id,
        sameSpeaker: true,
        factCheck: expect.objectContaining({ checker: 'Saltreach Checks', verdict: 'Mostly true' }),
      }),
    ]);
  });
});
