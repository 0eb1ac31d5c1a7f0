import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { forgetCachedSettings } from '@/utils/background/settings-cache';
import { tabStore } from '@/utils/background/tab-store';
import type { Browser } from 'wxt/browser';

const sender = { tab: { id: 7 } } as Browser.runtime.MessageSender;
const url = 'https://news.example/story';
const text = 'The so-called reform failed, the minister Ana Ruiz said on Monday.';
const report = {
  url,
  title: 'Story',
  domain: 'news.example',
  status: 'article' as const,
  analysis: null,
  dismissed: [],
  highlightsVisible: true,
  error: null,
};

describe('handleBackgroundMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetCachedSettings();
  });

  it('answers a warm-up (sent as soon as a page may hold an article) and stores nothing', async () => {
    expect(await handleBackgroundMessage({ type: 'warmUp' }, sender)).toBeNull();
    expect(await tabStore.get(7)).toBeFalsy();
  });

  it('stores a light report with the analysis it made for that tab and URL', async () => {
    await handleBackgroundMessage({ type: 'analyzeText', text, url }, sender);
    const answer = await handleBackgroundMessage(
      { type: 'pageReport', report, text: '', reuseAnalysis: true },
      sender,
    );
    expect(answer).toEqual({ tabId: 7 });
    const state = await tabStore.get(7);
    expect(state?.report.analysis?.terms.map((t) => t.text)).toContain('so-called');
  });

  it('asks for the analysis again when it has none for that URL (a restarted worker)', async () => {
    await handleBackgroundMessage({ type: 'analyzeText', text, url }, sender);
    const answer = await handleBackgroundMessage(
      {
        type: 'pageReport',
        report: { ...report, url: `${url}/other` },
        text: '',
        reuseAnalysis: true,
      },
      sender,
    );
    expect(answer).toEqual({ missingAnalysis: true });
    expect(await tabStore.get(7)).toBeNull();
  });

  it('ignores a report from outside a tab', async () => {
    expect(await handleBackgroundMessage({ type: 'pageReport', report, text: '' }, {})).toBeNull();
  });
});
