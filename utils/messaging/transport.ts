import { browser, type Browser } from 'wxt/browser';
import type { Message } from './protocol';

type Sender = Browser.runtime.MessageSender;

/** Sends a message to the background (and any open extension page); resolves with the answer. */
export async function sendToExtension(message: Message): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // Nobody listening (panel closed, worker starting): the message is informational.
    return undefined;
  }
}

/**
 * Sends a message to the page in a tab: its content script, or the bundled demo page (an extension
 * page, which tabs.sendMessage cannot reach, so it also goes out as a runtime message).
 */
export async function sendToPage(tabId: number, message: Message): Promise<void> {
  await Promise.allSettled([
    browser.tabs.sendMessage(tabId, message),
    browser.runtime.sendMessage(message),
  ]);
}

/** Listens for messages that `parse` accepts; anything else is dropped unanswered. */
export function listen<T>(
  parse: (raw: unknown) => T | null,
  handler: (message: T, sender: Sender) => Promise<unknown> | undefined,
  signal?: AbortSignal,
): void {
  const listener = (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    const message = parse(raw);
    if (message === null) return undefined;
    return handler(message, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
