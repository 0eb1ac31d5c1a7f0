import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; isOpen(details: object): Promise<boolean> };
}

/**
 * Opens the side panel (Firefox: the sidebar) for a tab. Browsers allow it only while a user
 * gesture is being handled, so call it before any await; resolves to whether the panel is open.
 * Firefox never counts a click in the page as one (see show-in-panel-reply.ts): there it is open
 * only if the reader opened it already.
 */
export function openSidePanel(tabId: number): Promise<boolean> {
  if (browser.sidePanel?.open) {
    return browser.sidePanel.open({ tabId }).then(
      () => true,
      () => false,
    );
  }
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (!sidebar) return Promise.resolve(false);
  return sidebar.open().then(
    () => true,
    () => sidebar.isOpen({}).catch(() => false),
  );
}
