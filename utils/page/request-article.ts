import { pageHtml } from '../article/article-plan';
import { PAGE_HTML_MAX } from '../article/page-html-max';
import { FoundArticleSchema, type FoundArticle } from '../messaging/found-article';
import { sendToExtension } from '../messaging/transport';
import { benchMark } from './bench-mark';

/** Shown in the panel when no extension context answered (the page is reloaded to try again). */
export const UNREADABLE =
  'Sourcelight could not read this page’s article (the extension did not answer). Reload the page to try again.';
export const TOO_LARGE = 'This page is too large for Sourcelight to read.';

/** A name for one request, unique enough among a tab's few (no `crypto.randomUUID` on http pages). */
const requestId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Asks the extension to find the article in a copy of this page's HTML (of `scope`, the part that
 * can hold it: `article-scope.ts`), so that Readability runs
 * off the page's main thread (the page only serialises itself and sends the copy: still the largest
 * part of what it pays, README issue 18), and
 * to analyse the text it expects the page to read: the plan of the article with that text and its
 * analysis (unchecked until used), or null when there is none. Throws, with words for the panel,
 * when the page is too large to copy or nothing answered.
 */
export async function requestArticle(
  doc: Document,
  scope: Element | null = doc.body,
): Promise<FoundArticle | null> {
  const html = pageHtml(doc, scope);
  benchMark('copied');
  if (html.length > PAGE_HTML_MAX) throw new Error(TOO_LARGE);
  const sent = sendToExtension({
    type: 'findArticle',
    html,
    url: doc.location.href,
    title: doc.title,
    requestId: requestId(),
  });
  // The message's synchronous part is the page's; the wait for the answer is not (bench only).
  benchMark('sent');
  const reply = await sent;
  benchMark('replied');
  if (reply === null) return null;
  const found = FoundArticleSchema.safeParse(reply);
  if (!found.success) throw new Error(UNREADABLE);
  return found.data;
}
