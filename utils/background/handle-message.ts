import type { Browser } from 'wxt/browser';
import type { Message } from '../messaging/protocol';
import { sendToExtension } from '../messaging/transport';
import type { TabState } from '../messaging/tab-state';
import { tabStore } from './tab-store';
import { analyzeForTab } from './analyze-for-page';
import type { FoundArticle } from '../messaging/found-article';
import { findIndependentSources } from './find-independent-sources';
import { findFactChecks } from './find-fact-checks';
import { recentAnalyses } from './recent-analyses';
import { openSidePanel } from './open-side-panel';
import { findArticleInHtml } from './find-article-in-html';
import { warmUp } from './warm-up';
import { articleTextToKeep, findTabArticle } from './tab-article';

/** The background's one handler for every message it takes part in. */
export async function handleBackgroundMessage(
  message: Message,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  switch (message.type) {
    case 'pageReport': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      let { report, text } = message;
      if (message.reuseAnalysis) {
        const cached = recentAnalyses.get(tabId, report.url);
        // The worker restarted since it analysed the page: the page sends the analysis again.
        if (!cached) return { missingAnalysis: true };
        report = { ...report, analysis: cached.analysis };
        text = cached.text;
      }
      const [sources, factChecks] = await Promise.all([
        findIndependentSources(report, text),
        findFactChecks(report),
      ]);
      const state: TabState = {
        tabId,
        report,
        ...sources,
        factChecks,
        articleText: articleTextToKeep({ report }, text),
        updatedAt: Date.now(),
      };
      await tabStore.set(state);
      void sendToExtension({ type: 'tabStateChanged', tabId });
      return { tabId };
    }
    case 'analyzeText':
      // The engine runs here, off the page's main thread; the answer is plain JSON.
      return analyzeForTab(message.text, message.url, sender.tab?.id);
    case 'findArticle': {
      const planning = findArticleInHtml(message.html);
      // A page that had painted already sent no warmUp: what the analysis needs is read meanwhile.
      void warmUp(message.url);
      const planned = await planning;
      if (!planned) return planned;
      const { plan, text } = planned;
      // The text the page should read, analysed now: the page uses it if its own text is the same.
      const reply = text === null ? null : await analyzeForTab(text, message.url, sender.tab?.id);
      return { plan, text, reply } satisfies FoundArticle;
    }
    case 'warmUp':
      // The worker is awake now; what the analysis would wait for is read meanwhile.
      await warmUp(message.url);
      return null;
    case 'showInPanel': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      // First, while the click's user gesture still counts: the panel only opens inside one.
      const opened = openSidePanel(tabId);
      const state = await tabStore.get(tabId);
      if (state) {
        await tabStore.set({
          ...state,
          selectedFindingId: message.findingId,
          updatedAt: Date.now(),
        });
      }
      void sendToExtension({ type: 'tabStateChanged', tabId });
      return { opened: await opened };
    }
    case 'getTabState':
      return tabStore.get(message.tabId);
    case 'getTabArticle':
      return findTabArticle();
    default:
      // Messages meant for the panel or the page pass the background by.
      return undefined;
  }
}
