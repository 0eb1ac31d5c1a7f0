import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging/on-message';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { openPanelOnActionClick } from '@/utils/background/open-panel-on-click';
import { tabStore } from '@/utils/background/tab-store';
import { recentAnalyses } from '@/utils/background/recent-analyses';
import { toggleHighlightsInActiveTab } from '@/utils/background/toggle-highlights';
import { libraryReady } from '@/utils/background/library-ready';
import { resetExerciseOnClose } from '@/utils/background/reset-exercise-on-close';
import { pushSettingsChanges } from '@/utils/background/push-settings-changes';
import { forgetTabDocument } from '@/utils/background/newest-document';

export default defineBackground(() => {
  openPanelOnActionClick();
  onMessage(handleBackgroundMessage);
  resetExerciseOnClose();
  pushSettingsChanges();
  // Install or upgrade the bundled source packs (the reader's own edits are kept).
  void libraryReady();
  // `npm start` (WXT dev mode) opens the demo article once the extension is in: a start URL given
  // to the browser would load before the extension exists.
  if (import.meta.env.DEV) {
    browser.runtime.onInstalled.addListener(
      () => void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') }),
    );
  }
  browser.tabs.onRemoved.addListener((tabId) => {
    recentAnalyses.forget(tabId);
    forgetTabDocument(tabId);
    void tabStore.remove(tabId);
  });
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') void toggleHighlightsInActiveTab();
  });
});
