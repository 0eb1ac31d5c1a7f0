import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { tabStore } from '@/utils/background/tab-store';
import { recentAnalyses } from '@/utils/background/recent-analyses';
import { FoundArticleSchema } from '@/utils/messaging/found-article';
import type { Browser } from 'wxt/browser';

const sender = { tab: { id: 4 } } as Browser.runtime.MessageSender;
const url = 'https://news.example/timetable';
const para = (n: number) =>
  `<p>Paragraph ${n}: the ferry company said the new timetable would start in May, after the council vote.</p>`;
const html = `<!doctype html><html><head><title>Timetable</title></head><body><article>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;

describe('findArticle in the background', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
    recentAnalyses.forget(4);
  });

  it('parses the copy itself where it has a DOM (Firefox’s background page), and analyses the text it expects', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    const reply = await handleBackgroundMessage(
      { type: 'findArticle', html, url, title: 'Ferry', requestId: 'r1' },
      sender,
    );
    const { plan, text, reply: analysed } = FoundArticleSchema.parse(reply);
    expect(plan.texts.join(' ')).toContain('Paragraph 4: the ferry company said');
    expect(plan.steps.filter((s) => s >= 0)).toHaveLength(plan.texts.length);
    expect(text).toContain('Paragraph 1: the ferry company said');
    expect(text).toContain('Paragraph 4: the ferry company said');
    // The analysis is the claim engine's on that text, remembered for the page's report.
    const quotes = (analysed as { analysis: { quotes: { text: string }[] } }).analysis.quotes;
    expect(quotes.some((q) => q.text.includes('the new timetable would start in May'))).toBe(true);
    expect(recentAnalyses.get(4, url)?.text).toBe(text);
    // ...and recorded as the tab's state, as the page would report it: the page then sends none.
    expect(FoundArticleSchema.parse(reply).recorded).toBe(true);
    await vi.waitFor(async () => expect((await tabStore.get(4))?.report.status).toBe('article'));
    const state = await tabStore.get(4);
    expect(state?.report).toMatchObject({
      url,
      title: 'Ferry',
      highlightsVisible: true,
      error: null,
    });
    expect(state?.report.analysis?.quotes.length).toBe(quotes.length);
    expect(state?.articleText).toBe(text);
  });

  it('answers nothing (the page then says it could not read the article) when no offscreen document can be made', async () => {
    expect(typeof DOMParser).toBe('undefined');
    expect(
      await handleBackgroundMessage(
        { type: 'findArticle', html, url, title: 'Ferry', requestId: 'r1' },
        sender,
      ),
    ).toBeUndefined();
  });
});
