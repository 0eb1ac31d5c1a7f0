import { pageHtml } from '../article/article-plan';
import { articleScope } from '../article/article-scope';
import { PAGE_HTML_MAX } from '../article/page-html-max';
import { sendToExtension } from '../messaging/transport';
import { benchMark } from './bench-mark';

export const TOO_LARGE = 'This page is too large for Sourcelight to read.';

/** A name for one request, unique enough among a tab's few (no `crypto.randomUUID` on http pages). */
const requestId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Sends the extension a copy of this page's HTML (of `scope`, the part that can hold the article:
 * `article-scope.ts`), for it to find the article in and analyse off the page's main thread, and
 * returns its answer unchecked (the page session checks it: `request-article.ts`). Without zod, so
 * that Chromium's loader can send the copy before the session has loaded (`early-copy.ts`).
 * Rejects, with words for the panel, when the page is too large to copy.
 */
export function sendCopy(doc: Document, scope: Element | null = doc.body): Promise<unknown> {
  const html = pageHtml(doc, scope);
  benchMark('copied');
  if (html.length > PAGE_HTML_MAX) return Promise.reject(new Error(TOO_LARGE));
  const sent = sendToExtension({
    type: 'findArticle',
    html,
    url: doc.location.href,
    title: doc.title,
    requestId: requestId(),
  });
  // The message's synchronous part is the page's; the wait for the answer is not (bench only).
  benchMark('sent');
  return sent;
}

/** A copy of the page sent to the extension: the part copied, and the extension's answer. */
export interface SentCopy {
  /** The part of the page copied (`articleScope`; null: the whole body). */
  scope: Element | null;
  /** The extension's answer, unchecked (the session checks it: `request-article.ts`). */
  reply: Promise<unknown>;
}

/**
 * Copies the part of the page that can hold the article (issue 18: only that part, not the whole
 * page) and sends it: what the loader does early and the session does otherwise.
 */
export function sendArticleCopy(doc: Document): SentCopy {
  benchMark('painted');
  const scope = articleScope(doc);
  benchMark('scoped');
  return { scope, reply: sendCopy(doc, scope) };
}
