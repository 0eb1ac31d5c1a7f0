import type { Browser } from 'wxt/browser';
import type { Message } from '../messaging/protocol';
import { sendToExtension } from '../messaging/transport';
import { tabStore } from './tab-store';
import { analyzeForTab } from './analyze-for-page';
import type { FoundArticle } from '../messaging/found-article';
import { recentAnalyses } from './recent-analyses';
import { openSidePanel } from './open-side-panel';
import { findArticleInHtml } from './find-article-in-html';
import { earlyPlanKey } from './early-plans';
import { warmUp } from './warm-up';
import { findTabArticle } from './tab-article';
import { AFTER_ANSWER_MS, forgetTabState, recordTabState } from './record-tab-state';
import { pageReportFor } from './page-report-for';
import { isNewestDocument, noteDocumentLeft, noteNewestDocument } from './newest-document';

/** The background's one handler for every message it takes part in. */
export async function handleBackgroundMessage(
  message: Message,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  switch (message.type) {
    case 'pageReport': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      noteNewestDocument(sender);
      let { report, text } = message;
      if (message.reuseAnalysis) {
        const cached = recentAnalyses.get(tabId, report.url);
        // The worker restarted since it analysed the page: the page sends the analysis again.
        if (!cached) return { missingAnalysis: true };
        report = { ...report, analysis: cached.analysis };
        text = cached.text;
      }
      await recordTabState(tabId, report, text);
      return { tabId };
    }
    case 'pageLeft': {
      const tabId = sender.tab?.id;
      // Only the page the tab shows: the next page may have reported already.
      if (tabId === undefined || !noteDocumentLeft(sender)) return null;
      await forgetTabState(tabId);
      return null;
    }
    case 'analyzeText':
      // The engine runs here, off the page's main thread; the answer is plain JSON.
      return analyzeForTab(message.text, message.url, sender.tab?.id);
    case 'findArticle': {
      noteNewestDocument(sender);
      const planning = findArticleInHtml(message.html, earlyPlanKey(sender, message.requestId));
      // A page that had painted (or is small) sent no warmUp: what the analysis needs is read meanwhile.
      void warmUp(message.url);
      const planned = await planning;
      if (!planned) return planned;
      const { plan, text } = planned;
      const tabId = sender.tab?.id;
      // The text the page should read, analysed now: the page uses it if its own text is the same.
      const reply = text === null ? null : await analyzeForTab(text, message.url, tabId);
      const analysis = reply?.analysis;
      // Not over the state of a document the tab has moved on to (`newest-document.ts`).
      const recorded =
        tabId !== undefined && text !== null && !!reply && !!analysis && isNewestDocument(sender);
      if (recorded) {
        // Recorded as the page would report it, so that the page sends no report when it reads
        // this text (a message fewer on every article page: issue 18). Queued before the answer
        // goes, so whatever the page reports next (a differing text, an error) lands after it.
        // Held back until the page has drawn its highlights, which the work would slow down.
        void recordTabState(
          tabId,
          pageReportFor(message, { ...reply, analysis }),
          text,
          AFTER_ANSWER_MS,
        );
      }
      return { plan, text, reply, recorded } satisfies FoundArticle;
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
