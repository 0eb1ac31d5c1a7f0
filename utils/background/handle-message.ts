import type { Browser } from 'wxt/browser';
import type { Message } from '../messaging/protocol';
import { sendToExtension } from '../messaging/transport';
import type { TabState } from '../messaging/tab-state';
import { tabStore } from './tab-store';
import { analyzeForPage } from './analyze-for-page';
import { findIndependentSources } from './find-independent-sources';

/** The background's one handler for every message it takes part in. */
export async function handleBackgroundMessage(
  message: Message,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  switch (message.type) {
    case 'pageReport': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      const sources = await findIndependentSources(message.report, message.text);
      const state: TabState = {
        tabId,
        report: message.report,
        ...sources,
        updatedAt: Date.now(),
      };
      await tabStore.set(state);
      void sendToExtension({ type: 'tabStateChanged', tabId });
      return { tabId };
    }
    case 'analyzeText':
      // The engine runs here, off the page's main thread; the answer is plain JSON.
      return analyzeForPage(message.text, message.url);
    case 'getTabState':
      return tabStore.get(message.tabId);
    default:
      // Messages meant for the panel or the page pass the background by.
      return undefined;
  }
}
