import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the side panel (Firefox: the sidebar) for a tab. Browsers allow it only while a user
 * gesture is being handled, so call it before any await; resolves to whether it opened.
 */
export function openSidePanel(tabId: number): Promise<boolean> {
  const opening = browser.sidePanel?.open
    ? browser.sidePanel.open({ tabId })
    : (browser as unknown as FirefoxSidebar).sidebarAction?.open();
  return Promise.resolve(opening).then(
    () => opening !== undefined,
    () => false,
  );
}
