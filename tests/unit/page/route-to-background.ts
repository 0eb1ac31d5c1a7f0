import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { parseMessage } from '@/utils/messaging/protocol';
import { makeDocument } from '../article/dom';

/** The tab the routed messages come from. */
export const TAB_ID = 7;
const sender = { tab: { id: TAB_ID } } as Browser.runtime.MessageSender;
const para = (n: number) =>
  `<p>Paragraph ${n}. The harbour board said the new ferry timetable would start in May, after the council vote on fares, and that the night crossing would stay as it is for the summer months.</p>`;

/** An article page of our own words. */
export const page = (paragraphs = 6) =>
  makeDocument(
    `<!doctype html><html><head><title>Ferry timetable</title></head><body><nav>Home</nav><article>${Array.from({ length: paragraphs }, (_, i) => para(i + 1)).join('')}</article></body></html>`,
  );

/** Routes the page's messages to the real background handler; `after` may change the answer. */
export function routeToBackground(after: (type: string, answer: unknown) => unknown = (_, a) => a) {
  const sent: string[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => {
    const message = parseMessage(raw);
    if (!message) throw new Error('not a message of ours');
    sent.push(message.type);
    return after(message.type, await handleBackgroundMessage(message, sender));
  });
  return sent;
}
