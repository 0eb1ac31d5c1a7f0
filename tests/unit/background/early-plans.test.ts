import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEarlyPlans, earlyPlanKey } from '@/utils/background/early-plans';
import { findArticleInHtml } from '@/utils/background/find-article-in-html';
import { forgetOffscreenDocument } from '@/utils/background/offscreen-document';
import type { PlannedArticle } from '@/utils/messaging/found-article';
import type { Message } from '@/utils/messaging/protocol';

/** A stand-in for Readability's plan: the copy's length, so each copy gives its own. */
const planOf = (html: string): PlannedArticle => ({
  plan: { steps: [0], texts: [html], title: null },
  text: `${html.length} characters`,
});
const page = (tab: number, frameId = 0) =>
  ({ tab: { id: tab }, frameId }) as Browser.runtime.MessageSender;

describe('plans the offscreen document makes from pages’ own requests', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps each plan under its page and request until the background takes it, once', () => {
    const plan = vi.fn(planOf);
    const early = createEarlyPlans(plan);
    early.add(earlyPlanKey(page(3), 'a'), '<p>three</p>');
    early.add(earlyPlanKey(page(4), 'a'), '<p>four, longer</p>');
    expect(plan).toHaveBeenCalledTimes(2);
    // Another tab's (or frame's) request of the same name is another plan.
    expect(early.take(earlyPlanKey(page(4), 'a'))).toEqual({
      planned: planOf('<p>four, longer</p>'),
    });
    expect(early.take(earlyPlanKey(page(3, 2), 'a'))).toEqual({ missing: true });
    expect(early.take(earlyPlanKey(page(3), 'a'))).toEqual({ planned: planOf('<p>three</p>') });
    expect(early.take(earlyPlanKey(page(3), 'a'))).toEqual({ missing: true });
  });

  it('keeps "no article" as an answer, and drops a plan nobody took', () => {
    vi.useFakeTimers();
    const early = createEarlyPlans(() => null, 1000);
    early.add('k1', '<p>menu</p>');
    expect(early.take('k1')).toEqual({ planned: null });
    early.add('k2', '<p>menu</p>');
    vi.advanceTimersByTime(1001);
    expect(early.take('k2')).toEqual({ missing: true });
  });
});

describe('the background asks the offscreen document (Chrome)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    forgetOffscreenDocument();
  });

  /** An offscreen document that planned `earlyHtml` from the page's message (if given). */
  function fakeOffscreen(earlyHtml: string | null): Message['type'][] {
    const early = createEarlyPlans(planOf);
    if (earlyHtml !== null) early.add('tab:7', earlyHtml);
    const sent: Message['type'][] = [];
    // The document is open.
    vi.spyOn(browser.runtime, 'getContexts').mockResolvedValue([{}] as never);
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: Message) => {
      sent.push(message.type);
      if (message.type === 'takeEarlyPlan') return early.take(message.key);
      if (message.type === 'parseArticleHtml') return planOf(message.html);
      return undefined;
    }) as never);
    return sent;
  }

  it('takes the plan made from the page’s own message and does not send the copy again', async () => {
    const sent = fakeOffscreen('<p>the copy</p>');
    expect(await findArticleInHtml('<p>the copy</p>', 'tab:7')).toEqual(planOf('<p>the copy</p>'));
    expect(sent).toEqual(['takeEarlyPlan']);
  });

  it('sends the copy when the document did not get the page’s message (it was not open yet)', async () => {
    const sent = fakeOffscreen(null);
    expect(await findArticleInHtml('<p>the copy</p>', 'tab:7')).toEqual(planOf('<p>the copy</p>'));
    expect(sent).toEqual(['takeEarlyPlan', 'parseArticleHtml']);
  });
});
