import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recentAnalyses } from '@/utils/background/recent-analyses';
import { analyseArticle } from '@/utils/page/analyse-article';
import { page, routeToBackground } from './route-to-background';
import { yieldToPage } from '@/utils/page/yield-to-page';
import { copyEarly } from '@/utils/page/early-copy';

// Counted, and still yielding: how often the page is given its main thread back.
vi.mock('@/utils/page/yield-to-page', async (original) => {
  const actual = await original<typeof import('@/utils/page/yield-to-page')>();
  return { ...actual, yieldToPage: vi.fn(actual.yieldToPage) };
});

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
    // A small page is copied at once, painted or not: `findArticle` wakes the background itself.
    expect(sent).toEqual(['findArticle']);
    expect(result.map.text).toContain('Paragraph 6. The harbour board said');
    expect(result.map.text).not.toContain('Home');
    expect(result.analysis.quotes.length).toBeGreaterThan(0);
    // Every finding's offsets are into the page's own text.
    const quote = result.analysis.quotes[0]!;
    expect(result.map.text.slice(quote.start, quote.end)).toBe(quote.text);
    // The background recorded it for the tab, so the page need not report it.
    expect(result.recorded).toBe(true);
  });

  it('copies a large page after its first paint, waking the background first; at once once painted', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    let painted = false;
    vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
      type === 'paint' && painted
        ? ([{ name: 'first-paint' }] as unknown as PerformanceEntryList)
        : [],
    );
    const large = (): Document => {
      const doc = page();
      // A thousand elements of menus around the article.
      const nav = doc.querySelector('nav')!;
      for (let i = 0; i < 1_000; i++) nav.append(doc.createElement('span'));
      return doc;
    };
    let sent = routeToBackground();
    let result = await analyseArticle(large(), () => false);
    if (!result || result === 'stale' || 'disabled' in result) throw new Error('no article');
    expect(sent).toEqual(['warmUp', 'findArticle']);
    expect(result.analysis.quotes.length).toBeGreaterThan(0);
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRestore();
    painted = true;
    sent = routeToBackground();
    result = await analyseArticle(large(), () => false);
    if (!result || result === 'stale' || 'disabled' in result) throw new Error('no article');
    expect(sent).toEqual(['findArticle']);
  });

  it('gives the page its main thread back between the steps of a long article, not of a short one', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    routeToBackground();
    // The clock stands still: only the size of the article decides (a slow run would yield too).
    vi.spyOn(performance, 'now').mockReturnValue(0);
    vi.mocked(yieldToPage).mockClear();
    const short = await analyseArticle(page(), () => false);
    if (!short || short === 'stale' || 'disabled' in short) throw new Error('no article');
    expect(yieldToPage).not.toHaveBeenCalled();
    // About 25,000 characters: its reply took its task a while to unpack, so mapping waits.
    const long = await analyseArticle(page(130), () => false);
    if (!long || long === 'stale' || 'disabled' in long) throw new Error('no article');
    expect(long.map.text.length).toBeGreaterThan(20_000);
    expect(yieldToPage).toHaveBeenCalled();
    // A run replaced while it waits stops there.
    let stale = false;
    vi.mocked(yieldToPage).mockImplementationOnce(async () => {
      stale = true;
    });
    expect(await analyseArticle(page(130), () => stale)).toBe('stale');
  });

  it('takes the answer to the copy Chromium’s loader sent, without copying the page again', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    const doc = page();
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    const sent = routeToBackground();
    const early = copyEarly(doc);
    expect(sent).toEqual(['findArticle']);
    const result = await analyseArticle(doc, () => false, undefined, { gatePassed: true, early });
    if (!result || result === 'stale' || 'disabled' in result) throw new Error('no article');
    expect(sent).toEqual(['findArticle']);
    expect(result.map.text).toContain('Paragraph 6. The harbour board said');
    expect(result.recorded).toBe(true);
  });

  it('copies the page itself when the loader’s copy was of another address or its part is gone', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    const doc = page();
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    const sent = routeToBackground();
    const early = copyEarly(doc)!;
    // An SPA moved on before the session started.
    doc.defaultView!.history.pushState({}, '', '/ferries/later');
    const moved = await analyseArticle(doc, () => false, undefined, { gatePassed: true, early });
    if (!moved || moved === 'stale' || 'disabled' in moved) throw new Error('no article');
    expect(sent).toEqual(['findArticle', 'findArticle']);
    const gone = { ...early, url: doc.location.href, scope: doc.createElement('article') };
    await analyseArticle(doc, () => false, undefined, { gatePassed: true, early: gone });
    expect(sent).toHaveLength(3);
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
    expect(sent).toEqual(['findArticle', 'analyzeText']);
    expect(result.map.text).not.toContain('Paragraph 1.');
    expect(recentAnalyses.get(7, doc.location.href)?.text).toBe(result.map.text);
    // What the background recorded was of the text it expected: the page reports its own.
    expect(result.recorded).toBe(false);
    for (const q of result.analysis.quotes) {
      expect(result.map.text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});
