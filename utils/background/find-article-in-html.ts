import { browser } from 'wxt/browser';
import { ArticlePlanSchema, type ArticlePlan } from '../article/article-plan';
import { planArticle } from '../article/plan-article';
import { ensureOffscreenDocument, forgetOffscreenDocument } from './offscreen-document';

/** The article in a copy of a page parsed from its HTML, where the extension has a DOM parser. */
export function planFromHtml(html: string): ArticlePlan | null {
  return planArticle(new DOMParser().parseFromString(html, 'text/html'));
}

/** Gets the parser ready while the page is still finding its article (Chrome: opens the document). */
export function warmUpArticleParser(): void {
  if (typeof DOMParser !== 'function') void ensureOffscreenDocument().catch(() => undefined);
}

/**
 * Finds the article in a copy of a page's HTML, off the page's main thread: here when this context
 * has a DOM (Firefox's background page), else in the offscreen document (Chrome's service worker
 * has none). Undefined when neither can (the page then tells the reader).
 */
export async function findArticleInHtml(html: string): Promise<ArticlePlan | null | undefined> {
  if (typeof DOMParser === 'function') return planFromHtml(html);
  // Twice at most: the document may have been closed since it was made (then it is made again).
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await ensureOffscreenDocument();
      const reply: unknown = await browser.runtime.sendMessage({ type: 'parseArticleHtml', html });
      if (reply === null) return null;
      const plan = ArticlePlanSchema.safeParse(reply);
      if (plan.success) return plan.data;
    } catch {
      // Nothing answered: fall through to making the document again.
    }
    forgetOffscreenDocument();
  }
  return undefined;
}
