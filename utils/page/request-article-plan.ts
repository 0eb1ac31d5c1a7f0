import { ArticlePlanSchema, pageHtml, type ArticlePlan } from '../article/article-plan';
import { PAGE_HTML_MAX } from '../article/page-html-max';
import { sendToExtension } from '../messaging/transport';

/**
 * Asks the extension to find the article in a copy of this page's HTML, so that Readability runs
 * off the page's main thread (the page only serialises itself, a few ms even on large pages).
 * 'unavailable' when that cannot be done (a very large page, an extension context that does not
 * answer): the caller then parses the page itself.
 */
export async function requestArticlePlan(
  doc: Document,
): Promise<ArticlePlan | null | 'unavailable'> {
  const html = pageHtml(doc);
  if (html.length > PAGE_HTML_MAX) return 'unavailable';
  const reply = await sendToExtension({ type: 'findArticle', html });
  if (reply === null) return null;
  const plan = ArticlePlanSchema.safeParse(reply);
  return plan.success ? plan.data : 'unavailable';
}
