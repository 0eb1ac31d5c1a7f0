import { browser } from 'wxt/browser';
import { ArticlePlanSchema, planArticle, type ArticlePlan } from '../article/article-plan';
import { ensureOffscreenDocument, forgetOffscreenDocument } from './offscreen-document';

/** The article in a copy of a page parsed from its HTML, where the extension has a DOM parser. */
export function planFromHtml(html: string): ArticlePlan | null {
  return planArticle(new DOMParser().parseFromString(html, 'text/html'));
}

/**
 * Finds the article in a copy of a page's HTML, off the page's main thread: here when this context
 * has a DOM (Firefox's background page), else in the offscreen document (Chrome's service worker
 * has none). Undefined when neither can, so that the page parses it itself.
 */
export async function findArticleInHtml(html: string): Promise<ArticlePlan | null | undefined> {
  if (typeof DOMParser === 'function') return planFromHtml(html);
  try {
    await ensureOffscreenDocument();
    const reply: unknown = await browser.runtime.sendMessage({ type: 'parseArticleHtml', html });
    if (reply === null) return null;
    const plan = ArticlePlanSchema.safeParse(reply);
    return plan.success ? plan.data : undefined;
  } catch {
    // The document was closed (or never made): make it again for the next page.
    forgetOffscreenDocument();
    return undefined;
  }
}
