import { browser } from 'wxt/browser';
import { mapPlanToLive } from '../article/article-plan';
import { planArticle } from '../article/plan-article';
import { PlannedArticleSchema, type PlannedArticle } from '../messaging/found-article';
import { ensureOffscreenDocument, forgetOffscreenDocument } from './offscreen-document';
import { EarlyPlanReplySchema } from './early-plans';

/**
 * The article in a copy of a page parsed from its HTML, where the extension has a DOM parser: the
 * plan, and the text the page will read from it. That text is mapped here on the copy itself, by
 * the page's own code, with everything counted as shown: when nothing is hidden on the page and its
 * text nodes match the copy's, the page reads exactly this text, so it can be analysed at once.
 */
export function planFromHtml(html: string): PlannedArticle | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const plan = planArticle(doc);
  if (!plan) return null;
  const article = mapPlanToLive(doc, plan);
  return { plan, text: article?.map.text ?? null };
}

/** Gets the parser ready while the page is still finding its article (Chrome: opens the document). */
export function warmUpArticleParser(): void {
  if (typeof DOMParser !== 'function') void ensureOffscreenDocument().catch(() => undefined);
}

/**
 * Finds the article in a copy of a page's HTML, off the page's main thread: here when this context
 * has a DOM (Firefox's background page), else in the offscreen document (Chrome's service worker
 * has none), which has usually planned it already from the page's own message (`early-plans.ts`)
 * and is sent the copy only when it has not. Undefined when neither can (the page then tells the
 * reader).
 */
export async function findArticleInHtml(
  html: string,
  earlyKey: string | null = null,
): Promise<PlannedArticle | null | undefined> {
  if (typeof DOMParser === 'function') return planFromHtml(html);
  // Twice at most: the document may have been closed since it was made (then it is made again).
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await ensureOffscreenDocument();
      if (earlyKey !== null && attempt === 0) {
        const early = EarlyPlanReplySchema.safeParse(
          await browser.runtime.sendMessage({ type: 'takeEarlyPlan', key: earlyKey }),
        );
        if (early.success && 'planned' in early.data) return early.data.planned;
      }
      const reply: unknown = await browser.runtime.sendMessage({ type: 'parseArticleHtml', html });
      if (reply === null) return null;
      const planned = PlannedArticleSchema.safeParse(reply);
      if (planned.success) return planned.data;
    } catch {
      // Nothing answered: fall through to making the document again.
    }
    forgetOffscreenDocument();
  }
  return undefined;
}
