import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sleepUntilArticle } from '@/utils/page/dormant-page';
import { PAGE_MESSAGE_SCHEMAS } from '@/utils/messaging/page-messages';
import { PAGE_MESSAGE_TYPES } from '@/utils/messaging/page-message-types';
import { makeDocument } from '../article/dom';

/** A page the gate turns away, with every message it sends. */
function dormantPage(html = '<title>Garden tools</title><ul><li>Spade</li></ul>') {
  const doc = makeDocument(html);
  vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
  const sent: { type: string; report?: { status: string; url: string } }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    sent.push(message as (typeof sent)[number]);
    return Promise.resolve(undefined);
  });
  return { doc, sent };
}

/** The Navigation API, as far as the sleeping page uses it (happy-dom has none). */
function withNavigation(doc: Document): EventTarget {
  const navigation = new EventTarget();
  Object.defineProperty(doc.defaultView!, 'navigation', { value: navigation });
  return navigation;
}

const gateSaysParagraphs = (doc: Document) => doc.querySelectorAll('p').length >= 3;

describe('sleepUntilArticle', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  it('names every message type the page session takes, and no other', () => {
    const literals = PAGE_MESSAGE_SCHEMAS.map(
      (schema) => (schema.def.shape.type as unknown as { def: { values: string[] } }).def.values[0],
    );
    expect([...PAGE_MESSAGE_TYPES].sort()).toEqual([...literals].sort());
  });

  it('wakes when paragraphs arrive and the gate lets the page through', async () => {
    const { doc, sent } = dormantPage();
    withNavigation(doc);
    let woken = false;
    const waking = sleepUntilArticle(doc, new AbortController().signal, gateSaysParagraphs).then(
      (handoff) => ((woken = true), handoff),
    );
    expect(sent.map((m) => m.report?.status)).toEqual(['not-article']);
    // One paragraph: the gate looks again, still no article, and says so again.
    doc.body.append(Object.assign(doc.createElement('p'), { textContent: 'A first line.' }));
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 3000 });
    expect(woken).toBe(false);
    // A rendered story: through.
    const story = doc.createElement('div');
    for (let i = 0; i < 3; i++) story.append(doc.createElement('p'));
    doc.body.append(story);
    const handoff = await waking;
    expect(handoff.gatePassed).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('looks again after a same-document navigation, and reports the new address', async () => {
    const { doc, sent } = dormantPage();
    const navigation = withNavigation(doc);
    void sleepUntilArticle(doc, new AbortController().signal, () => false);
    doc.defaultView!.history.pushState({}, '', '/tools/page-2');
    navigation.dispatchEvent(new Event('currententrychange'));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.report).toMatchObject({
      status: 'not-article',
      url: 'http://127.0.0.1/tools/page-2',
    });
  });

  it('wakes for a message to the page and answers it through the session that takes over', async () => {
    const { doc } = dormantPage();
    withNavigation(doc);
    const waking = sleepUntilArticle(doc, new AbortController().signal, () => false);
    // Not for the page: left alone, unanswered.
    expect(
      await fakeBrowser.runtime.onMessage.trigger({ type: 'pageReport' }, {}, () => undefined),
    ).toEqual([undefined]);
    const replies = fakeBrowser.runtime.onMessage.trigger(
      { type: 'getSnapshot', tabId: 4 },
      {},
      () => undefined,
    );
    const handoff = await waking;
    expect(handoff.gatePassed).toBe(false);
    const handled: unknown[] = [];
    handoff.takeOver((raw) => {
      handled.push(raw);
      return Promise.resolve('snapshot');
    });
    expect(await replies).toEqual(['snapshot']);
    expect(handled).toEqual([{ type: 'getSnapshot', tabId: 4 }]);
    // Once taken over, the session's own listener answers: the sleeping page's is gone.
    expect(
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'getSnapshot', tabId: 4 },
        {},
        () => undefined,
      ),
    ).toEqual([]);
  });

  it('tells the extension when the page is left, as the session does', async () => {
    const { doc, sent } = dormantPage();
    withNavigation(doc);
    void sleepUntilArticle(doc, new AbortController().signal, () => false);
    doc.defaultView!.dispatchEvent(new doc.defaultView!.Event('pagehide'));
    expect(sent.map((m) => m.type)).toEqual(['pageReport', 'pageLeft']);
  });

  it('stops watching when the content script is stopped', async () => {
    const { doc, sent } = dormantPage();
    withNavigation(doc);
    const controller = new AbortController();
    void sleepUntilArticle(doc, controller.signal, gateSaysParagraphs);
    controller.abort();
    for (let i = 0; i < 3; i++) doc.body.append(doc.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(sent).toHaveLength(1);
    expect(
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'getSnapshot', tabId: 4 },
        {},
        () => undefined,
      ),
    ).toEqual([]);
  });
});
