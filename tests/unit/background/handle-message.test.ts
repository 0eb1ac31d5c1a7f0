import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { forgetCachedSettings } from '@/utils/background/settings-cache';
import { tabStore } from '@/utils/background/tab-store';
import { pickTabArticle } from '@/utils/background/tab-article';
import { parseTabArticle, TAB_ARTICLE_MAX_CHARS } from '@/utils/messaging/tab-article';
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

  describe('getTabArticle (the manager\u2019s "Use the current tab\u2019s article")', () => {
    const senderFor = (id: number) => ({ tab: { id } }) as Browser.runtime.MessageSender;

    it('answers with the text of the analysed article the reader used last', async () => {
      const older = await fakeBrowser.tabs.create({ url });
      const newer = await fakeBrowser.tabs.create({ url: `${url}/2` });
      const other = 'Inspectors visited the site twice in April, the agency said.';
      await handleBackgroundMessage({ type: 'pageReport', report, text }, senderFor(older.id!));
      await new Promise((r) => setTimeout(r, 5));
      await handleBackgroundMessage(
        {
          type: 'pageReport',
          report: { ...report, url: `${url}/2`, title: 'Second' },
          text: other,
        },
        senderFor(newer.id!),
      );
      expect(await handleBackgroundMessage({ type: 'getTabArticle' }, {})).toEqual({
        tabId: newer.id,
        title: 'Second',
        url: `${url}/2`,
        text: other,
      });
    });

    it('keeps the text the page reported with its analysis reused, cut to the limit', async () => {
      const tab = await fakeBrowser.tabs.create({ url });
      const long = `${text} `.repeat(Math.ceil(TAB_ARTICLE_MAX_CHARS / text.length) + 5);
      await handleBackgroundMessage({ type: 'analyzeText', text: long, url }, senderFor(tab.id!));
      await handleBackgroundMessage(
        { type: 'pageReport', report, text: '', reuseAnalysis: true },
        senderFor(tab.id!),
      );
      const answer = parseTabArticle(await handleBackgroundMessage({ type: 'getTabArticle' }, {}));
      expect(answer?.text).toBe(long.slice(0, TAB_ARTICLE_MAX_CHARS));
    });

    it('answers null when no open tab holds an analysed article', async () => {
      expect(await handleBackgroundMessage({ type: 'getTabArticle' }, {})).toBeNull();
      const tab = await fakeBrowser.tabs.create({ url });
      // A page that is not an article keeps no text.
      await handleBackgroundMessage(
        { type: 'pageReport', report: { ...report, status: 'not-article' }, text },
        senderFor(tab.id!),
      );
      expect((await tabStore.get(tab.id!))?.articleText).toBeUndefined();
      expect(await handleBackgroundMessage({ type: 'getTabArticle' }, {})).toBeNull();
      // A state left behind by a tab that is no longer open is not offered.
      await handleBackgroundMessage({ type: 'pageReport', report, text }, senderFor(999));
      expect(await tabStore.get(999)).not.toBeNull();
      expect(await handleBackgroundMessage({ type: 'getTabArticle' }, {})).toBeNull();
    });
  });
});

describe('pickTabArticle', () => {
  const state = (tabId: number, updatedAt: number, articleText?: string) => ({
    tabId,
    report: { ...report, title: `Tab ${tabId}` },
    matches: [],
    outlet: null,
    articleText,
    updatedAt,
  });

  it('prefers the tab the reader used last over the one analysed last', () => {
    const picked = pickTabArticle([
      { lastAccessed: 50, state: state(1, 10, 'first') },
      { lastAccessed: 20, state: state(2, 40, 'second') },
    ]);
    expect(picked).toMatchObject({ tabId: 1, text: 'first', title: 'Tab 1' });
  });

  it('skips tabs without an article text', () => {
    expect(pickTabArticle([{ lastAccessed: 50, state: state(1, 10) }])).toBeNull();
  });
});
