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

/** The tab is gone. */
export function forgetTabDocument(tabId: number): void {
  newest.delete(tabId);
}
