import type { Browser } from 'wxt/browser';

/**
 * Per tab, the document that last asked the background for something (its `documentId` where the
 * browser gives one, else its URL). Finding and analysing an article takes a while: a reader who
 * follows a link as the page finishes loading gets a new document whose state may be recorded
 * first, and the old document's analysis, finishing later, must not land over it (the panel
 * would show the article the reader left).
 */
const newest = new Map<number, string>();

const documentOf = (sender: Browser.runtime.MessageSender): string | undefined =>
  sender.documentId ?? sender.url;

/** Notes that the sender's document is now its tab's newest. */
export function noteNewestDocument(sender: Browser.runtime.MessageSender): void {
  const tabId = sender.tab?.id;
  const document = documentOf(sender);
  if (tabId !== undefined && document !== undefined) newest.set(tabId, document);
}

/** Whether no other document of the sender's tab has asked anything since it did. */
export function isNewestDocument(sender: Browser.runtime.MessageSender): boolean {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  const known = newest.get(tabId);
  return known === undefined || known === documentOf(sender);
}

/**
 * The sender's document has left its tab (`pagehide`): until a document of the tab asks again
 * (the next page, or this one back from the back/forward cache), none counts as the newest, so an
 * analysis of the page that left, finishing later, is not recorded as what the tab shows. False
 * (and nothing changes) when another document of the tab has asked since: the tab shows that one.
 */
export function noteDocumentLeft(sender: Browser.runtime.MessageSender): boolean {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isNewestDocument(sender)) return false;
  newest.set(tabId, LEFT);
  return true;
}

/** Stands for "no document" in `newest`: no sender's document is ever this. */
const LEFT = '\u0000left';

/** The tab is gone. */
export function forgetTabDocument(tabId: number): void {
  newest.delete(tabId);
}
