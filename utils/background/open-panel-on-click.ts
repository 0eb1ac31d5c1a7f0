import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
  browserAction?: typeof browser.action;
}

/**
 * A toolbar click opens the panel: Chrome's side panel does that by itself once told to; Firefox's
 * sidebar has to be toggled from the click handler (it needs the user gesture).
 */
export function openPanelOnActionClick(): void {
  if (browser.sidePanel?.setPanelBehavior) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const firefox = browser as unknown as FirefoxSidebar;
  const action = browser.action ?? firefox.browserAction;
  action?.onClicked.addListener(() => void firefox.sidebarAction?.toggle());
}
