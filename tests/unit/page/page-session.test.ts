import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPageSession } from '@/utils/page/page-session';
import { Window } from 'happy-dom';
import { recentAnalyses } from '@/utils/background/recent-analyses';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import type { Browser } from 'wxt/browser';
import { tabStore } from '@/utils/background/tab-store';
import { makeDocument } from '../article/dom';
import { page, routeToBackground, TAB_ID } from './route-to-background';

describe('startPageSession', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  it('gives a page that is not an article no pointer or selection listeners', async () => {
    const doc = makeDocument('<!doctype html><html><body><ul><li>One</li></ul></body></html>');
    vi.stubGlobal('location', doc.location);
    vi.stubGlobal('window', doc.defaultView);
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    const added: string[] = [];
    vi.spyOn(doc, 'addEventListener').mockImplementation((type: string) => {
      added.push(type);
    });
    const done = new Promise<void>((resolve) => {
      const controller = new AbortController();
      startPageSession(doc, controller.signal, null, {
        analyse: () => {
          setTimeout(() => {
            controller.abort();
            resolve();
          }, 0);
          return Promise.resolve(null);
        },
      });
    });
    await done;
    expect(added).not.toContain('mousemove');
    expect(added).not.toContain('click');
    expect(added).not.toContain('mouseup');
  });
  it('takes over from the loader: its first look only skips the gate, and it answers what came meanwhile', async () => {
    const doc = makeDocument('<!doctype html><html><body><ul><li>One</li></ul></body></html>');
    vi.stubGlobal('location', doc.location);
    vi.stubGlobal('window', doc.defaultView);
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const looks: boolean[] = [];
    let handle: ((raw: unknown) => Promise<unknown> | undefined) | null = null;
    const controller = new AbortController();
    startPageSession(doc, controller.signal, null, {
      analyse: (_doc, _isStale, _found, first) => {
        looks.push(first?.gatePassed ?? false);
        return Promise.resolve(null);
      },
      handoff: { gatePassed: true, takeOver: (h) => void (handle = h) },
    });
    expect(handle).not.toBeNull();
    // A request to analyse again that came while the page slept: the start's look is that one.
    expect(handle!({ type: 'reanalyze', tabId: 1 })).toBeUndefined();
    expect(await handle!({ type: 'getSnapshot', tabId: 1 })).toBeNull();
    // Not a message for the page: unanswered.
    expect(handle!({ type: 'getSnapshot' })).toBeUndefined();
    // A later look (the panel asks again) gates as usual.
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'reanalyze', tabId: 1 },
      {},
      () => undefined,
    );
    await vi.waitFor(() => expect(looks).toEqual([true, false]));
    controller.abort();
  });
});

describe('startPageSession reporting to the background', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    fakeBrowser.reset();
    recentAnalyses.forget(TAB_ID);
  });

  /**
   * Runs a session on `doc` against the real background until the tab's state says article;
   * `running` looks at the page before the session stops (stopping clears what it drew).
   */
  async function session(
    doc: Document,
    after?: (type: string, answer: unknown) => unknown,
    running: () => unknown = () => undefined,
  ) {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    // The session reads the page's address; the background's library, in this same process,
    // would refuse to open under a web page's `location`.
    vi.stubGlobal('location', { href: doc.location.href });
    vi.stubGlobal('window', doc.defaultView);
    // The pointer tracker, stopped with the session, cancels its frame.
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    const sent = routeToBackground(after);
    const controller = new AbortController();
    startPageSession(doc, controller.signal, TAB_ID);
    await vi.waitFor(async () => {
      const state = await tabStore.get(TAB_ID);
      expect(state?.report.status).toBe('article');
      expect(state?.articleText).toContain('Paragraph 6.');
    });
    // Long enough for a report the page would still send (it yields once before reporting).
    await new Promise((resolve) => setTimeout(resolve, 50));
    await running();
    controller.abort();
    return sent;
  }

  it('writes nothing into the page where the browser has no CSS.highlights (no <mark> fallback)', async () => {
    const doc = page();
    // A quote and a loaded term the engine finds: what a highlighter would draw.
    const quoted = doc.createElement('p');
    quoted.textContent =
      '“We will not pay for a so-called reform,” the mayor said on Monday, after the council met to vote on the fares.';
    doc.querySelector('article')!.append(quoted);
    const before = doc.documentElement.outerHTML;
    expect(typeof CSS === 'undefined' || !('highlights' in CSS)).toBe(true);
    let during = '';
    await session(doc, undefined, () => (during = doc.documentElement.outerHTML));
    const state = await tabStore.get(TAB_ID);
    expect(state?.report.analysis?.quotes.length).toBeGreaterThan(0);
    expect(during).toBe(before);
  });

  it('sends no report when the background recorded the analysis of the text the page read', async () => {
    const sent = await session(page());
    expect(sent).toContain('findArticle');
    expect(sent).not.toContain('pageReport');
    const state = await tabStore.get(TAB_ID);
    expect(state?.report.title).toBe('Ferry timetable');
    expect(state?.report.analysis?.quotes.length).toBeGreaterThan(0);
  });

  it('reports its own analysis when its text differs from the copy’s, and that one stays', async () => {
    const doc = page();
    const sent = await session(doc, (type, answer) => {
      if (type === 'findArticle') doc.querySelector('p')!.textContent = 'Rewritten.';
      return answer;
    });
    expect(sent).toEqual(expect.arrayContaining(['findArticle', 'analyzeText', 'pageReport']));
    await vi.waitFor(async () =>
      expect((await tabStore.get(TAB_ID))?.articleText).not.toContain('Paragraph 1.'),
    );
  });

  it('says again what it is when shown from the back/forward cache, over the page the reader left', async () => {
    const doc = page();
    const win = doc.defaultView!;
    const pageshow = (persisted: boolean) =>
      win.dispatchEvent(Object.assign(new win.Event('pageshow'), { persisted }));
    const sent = await session(doc, undefined, async () => {
      // The reader follows a link in the same tab: this page leaves, and says so.
      win.dispatchEvent(Object.assign(new win.Event('pagehide'), { persisted: true }));
      await vi.waitFor(async () => expect(await tabStore.get(TAB_ID)).toBeNull());
      // The next page's state.
      const next = { tab: { id: TAB_ID }, documentId: 'next' } as Browser.runtime.MessageSender;
      await handleBackgroundMessage(
        {
          type: 'pageReport',
          report: {
            url: 'http://127.0.0.1/next',
            title: 'Timber prices',
            domain: '127.0.0.1',
            status: 'not-article',
            analysis: null,
            dismissed: [],
            highlightsVisible: true,
            error: null,
          },
          text: '',
        },
        next,
      );
      expect((await tabStore.get(TAB_ID))?.report.title).toBe('Timber prices');
      // A first showing (not from the cache) is no reason to report.
      pageshow(false);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await tabStore.get(TAB_ID))?.report.title).toBe('Timber prices');
      // Back: the page comes out of the cache as it was.
      pageshow(true);
      await vi.waitFor(async () => {
        const state = await tabStore.get(TAB_ID);
        expect(state?.report.title).toBe('Ferry timetable');
        expect(state?.report.status).toBe('article');
        expect(state?.report.analysis?.quotes.length).toBeGreaterThan(0);
      });
    });
    expect(sent).toContain('pageLeft');
    // One report, on coming back: the background had recorded the first analysis itself.
    expect(sent.filter((type) => type === 'pageReport')).toHaveLength(1);
  });
});
