import { FoundArticleSchema, type FoundArticle } from '../messaging/found-article';
import { benchMark } from './bench-mark';
import { sendCopy } from './send-copy';

/** Shown in the panel when no extension context answered (the page is reloaded to try again). */
export const UNREADABLE =
  'Sourcelight could not read this page’s article (the extension did not answer). Reload the page to try again.';

/**
 * Asks the extension to find the article in a copy of this page's HTML (`sendCopy`), so that
 * Readability runs off the page's main thread (the page only serialises itself and sends the copy:
 * still the largest part of what it pays, README issue 18), and to analyse the text it expects the
 * page to read: the plan of the article with that text and its analysis (unchecked until used), or
 * null when there is none. `sent`: the answer to a copy already sent (Chromium's loader sends one
 * before the session has loaded). Throws, with words for the panel, when the page is too large to
 * copy or nothing answered.
 */
export async function requestArticle(
  doc: Document,
  scope: Element | null = doc.body,
  sent: Promise<unknown> = sendCopy(doc, scope),
): Promise<FoundArticle | null> {
  const reply = await sent;
  benchMark('replied');
  if (reply === null) return null;
  const found = FoundArticleSchema.safeParse(reply);
  if (!found.success) throw new Error(UNREADABLE);
  return found.data;
}
