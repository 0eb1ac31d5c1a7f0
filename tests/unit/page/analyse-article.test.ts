import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { recentAnalyses } from '@/utils/background/recent-analyses';
import { parseMessage } from '@/utils/messaging/protocol';
import { analyseArticle } from '@/utils/page/analyse-article';
import { makeDocument } from '../article/dom';

const sender = { tab: { id: 7 } } as Browser.runtime.MessageSender;
const para = (n: number) =>
  `<p>Paragraph ${n}. The harbour board said the new ferry timetable would start in May, after the council vote on fares, and that the night crossing would stay as it is for the summer months.</p>`;
const page = () =>
  makeDocument(
    `<!doctype html><html><head><title>Ferry timetable</title></head><body><nav>Home</nav><article>${[1, 2, 3, 4, 5, 6].map(para).join('')}</article></body></html>`,
  );

/** Routes the page's messages to the real background handler; `after` may change the answer. */
function routeToBackground(after: (type: string, answer: unknown) => unknown = (_, a) => a) {
  const sent: string[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => {
    const message = parseMessage(raw);
    if (!message) throw new Error('not a message of ours');
    sent.push(message.type);
    return after(message.type, await handleBackgroundMessage(message, sender));
  });
  return sent;
}

describe('analyseArticle: finding and analysing in one round trip', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    fakeBrowser.reset();
    recentAnalyses.forget(7);
  });

  it('uses the analysis that came with the plan when the page reads the text the extension expected', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    const sent = routeToBackground();
    const result = await analyseArticle(page(), () => false);
    if (!result || result === 'stale' || 'disabled' in result) throw new Error('no article');
    expect(sent).toEqual(['warmUp', 'findArticle']);
    expect(result.map.text).toContain('Paragraph 6. The harbour board said');
    expect(result.map.text).not.toContain('Home');
    expect(result.analysis.quotes.length).toBeGreaterThan(0);
    // Every finding's offsets are into the page's own text.
    const quote = result.analysis.quotes[0]!;
    expect(result.map.text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('sends no warm-up ahead when the page has painted already (the copy goes at once)', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
      type === 'paint' ? ([{ name: 'first-paint' }] as unknown as PerformanceEntryList) : [],
    );
    const sent = routeToBackground();
    const result = await analyseArticle(page(), () => false);
    if (!result || result === 'stale' || 'disabled' in result) throw new Error('no article');
    expect(sent).toEqual(['findArticle']);
    expect(result.analysis.quotes.length).toBeGreaterThan(0);
  });

  it('asks again with its own text when the page changed after the copy was made', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    const doc = page();
    const sent = routeToBackground((type, answer) => {
      // A page script rewrites the first paragraph while the extension reads the copy.
      if (type === 'findArticle') doc.querySelector('p')!.textContent = 'Rewritten.';
      return answer;
    });
    const result = await analyseArticle(doc, () => false);
    if (!result || result === 'stale' || 'disabled' in result) throw new Error('no article');
    expect(sent).toEqual(['warmUp', 'findArticle', 'analyzeText']);
    expect(result.map.text).not.toContain('Paragraph 1.');
    expect(recentAnalyses.get(7, doc.location.href)?.text).toBe(result.map.text);
    for (const q of result.analysis.quotes) {
      expect(result.map.text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});
