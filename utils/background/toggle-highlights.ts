import { browser } from 'wxt/browser';
import { sendToPage } from '../messaging/transport';
import { tabStore } from './tab-store';

/** The keyboard shortcut: shows or hides the highlights in the active tab. */
export async function toggleHighlightsInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const state = await tabStore.get(tab.id);
  const visible = !(state?.report.highlightsVisible ?? true);
  await sendToPage(tab.id, { type: 'setHighlightsVisible', tabId: tab.id, visible });
}
