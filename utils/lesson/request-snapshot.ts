import { browser } from 'wxt/browser';
import type { Message } from '../messaging/protocol';
import { LessonArticleSchema, type LessonArticle } from './lesson-schema';

/**
 * Asks the page in a tab for its article's snapshot: a content script answers tabs.sendMessage;
 * the answer is zod-checked like any message. Null when no page answered with one.
 */
export async function requestSnapshot(tabId: number): Promise<LessonArticle | null> {
  const message: Message = { type: 'getSnapshot', tabId };
  try {
    const parsed = LessonArticleSchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
