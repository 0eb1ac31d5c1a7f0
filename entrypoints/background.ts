import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging/transport';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { openPanelOnActionClick } from '@/utils/background/open-panel-on-click';
import { tabStore } from '@/utils/background/tab-store';
import { toggleHighlightsInActiveTab } from '@/utils/background/toggle-highlights';

export default defineBackground(() => {
  openPanelOnActionClick();
  onMessage(handleBackgroundMessage);
  browser.tabs.onRemoved.addListener((tabId) => void tabStore.remove(tabId));
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') void toggleHighlightsInActiveTab();
  });
});
