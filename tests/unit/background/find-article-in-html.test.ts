import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { tabStore } from '@/utils/background/tab-store';
import { recentAnalyses } from '@/utils/background/recent-analyses';
import { forgetTabDocument } from '@/utils/background/newest-document';
import { FoundArticleSchema } from '@/utils/messaging/found-article';
import type { Browser } from 'wxt/browser';

const sender = { tab: { id: 4 } } as Browser.runtime.MessageSender;
const url = 'https://news.example/timetable';
const para = (n: number) =>
  `<p>Paragraph ${n}: the ferry company said the new timetable would start in May, after the council vote.</p>`;
const html = `<!doctype html><html><head><title>Timetable</title></head><body><article>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;

/** A page's report of `pageUrl` (what the content script sends). */
const report = (pageUrl: string) => ({
  url: pageUrl,
  title: 'Next',
  domain: 'news.example',
  status: 'article' as const,
  analysis: null,
  dismissed: [],
  highlightsVisible: true,
  error: null,
});

describe('findArticle in the background', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
    recentAnalyses.forget(4);
    forgetTabDocument(4);
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

  it('does not record an article over the state of the page the tab moved on to', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    const leaving = { ...sender, documentId: 'doc-a', url } as Browser.runtime.MessageSender;
    const next = `${url}/next`;
    const arriving = { ...sender, documentId: 'doc-b', url: next } as Browser.runtime.MessageSender;
    // The reader follows a link while the first page's article is still being found.
    const first = handleBackgroundMessage(
      { type: 'findArticle', html, url, title: 'Ferry', requestId: 'r1' },
      leaving,
    );
    await handleBackgroundMessage(
      { type: 'pageReport', report: { ...report(next), status: 'not-article' }, text: '' },
      arriving,
    );
    expect(FoundArticleSchema.parse(await first).recorded).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect((await tabStore.get(4))?.report).toMatchObject({ url: next, status: 'not-article' });
    // The same document asking again is still its tab's newest: its article is recorded.
    const again = await handleBackgroundMessage(
      { type: 'findArticle', html, url: next, title: 'Ferry', requestId: 'r2' },
      arriving,
    );
    expect(FoundArticleSchema.parse(again).recorded).toBe(true);
    await vi.waitFor(async () => expect((await tabStore.get(4))?.report.status).toBe('article'));
  });

  it('forgets what the tab showed when its page leaves, and records nothing more of that page', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    const page = { ...sender, documentId: 'doc-a', url } as Browser.runtime.MessageSender;
    await handleBackgroundMessage(
      { type: 'findArticle', html, url, title: 'Ferry', requestId: 'r1' },
      page,
    );
    await vi.waitFor(async () => expect((await tabStore.get(4))?.report.status).toBe('article'));
    const told: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => void told.push(message));
    // The page asks again (its text changed) and, before the answer, the reader goes on to a page
    // Sourcelight does not run on (the tab's next page says nothing).
    const late = handleBackgroundMessage(
      { type: 'findArticle', html, url, title: 'Ferry', requestId: 'r2' },
      page,
    );
    await handleBackgroundMessage({ type: 'pageLeft' }, page);
    expect(await tabStore.get(4)).toBeNull();
    expect(told).toContainEqual({ type: 'tabStateChanged', tabId: 4 });
    // The analysis of the page that left, finishing later, is not recorded as what the tab shows.
    expect(FoundArticleSchema.parse(await late).recorded).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(await tabStore.get(4)).toBeNull();
    // Back from the back/forward cache, the page reports itself again: that is recorded.
    await handleBackgroundMessage({ type: 'pageReport', report: report(url), text: '' }, page);
    expect((await tabStore.get(4))?.report.url).toBe(url);
  });

  it('keeps the next page’s state when the page before it says late that it left', async () => {
    const leaving = { ...sender, documentId: 'doc-a', url } as Browser.runtime.MessageSender;
    const next = `${url}/next`;
    const arriving = { ...sender, documentId: 'doc-b', url: next } as Browser.runtime.MessageSender;
    await handleBackgroundMessage({ type: 'pageReport', report: report(url), text: '' }, leaving);
    await handleBackgroundMessage({ type: 'pageReport', report: report(next), text: '' }, arriving);
    await handleBackgroundMessage({ type: 'pageLeft' }, leaving);
    expect((await tabStore.get(4))?.report.url).toBe(next);
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
