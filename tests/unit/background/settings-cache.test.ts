import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedSettings, forgetCachedSettings } from '@/utils/background/settings-cache';
import { saveSettings } from '@/utils/settings/settings';
import { analyzeForPage } from '@/utils/background/analyze-for-page';

describe('the background settings cache', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetCachedSettings();
  });

  it('sees a change made after the first read', async () => {
    expect((await cachedSettings()).hoverCards).toBe(true);
    await saveSettings({ hoverCards: false });
    expect((await cachedSettings()).hoverCards).toBe(false);
  });
});

describe('analyzeForPage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetCachedSettings();
  });
  const text = 'The so-called plan failed, the minister Ana Ruiz said on Monday.';

  it('answers with the analysis and the settings', async () => {
    const reply = await analyzeForPage(text, 'https://news.example/a');
    expect(reply.analysis?.terms.map((t) => t.text)).toContain('so-called');
    expect(reply.settings.highlights).toBe(true);
  });

  it('analyses nothing on a site the reader switched off', async () => {
    await saveSettings({ disabledSites: ['news.example'] });
    const reply = await analyzeForPage(text, 'https://www.news.example/a');
    expect(reply.analysis).toBeNull();
  });
});
