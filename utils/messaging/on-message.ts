import type { Browser } from 'wxt/browser';
import { parseMessage, type Message } from './protocol';
import { listen } from './transport';

/** Listens for any message of ours (background and panel); what does not parse is dropped. */
export function onMessage(
  handler: (
    message: Message,
    sender: Browser.runtime.MessageSender,
  ) => Promise<unknown> | undefined,
  signal?: AbortSignal,
): void {
  listen(parseMessage, handler, signal);
}
