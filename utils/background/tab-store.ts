import { browser } from 'wxt/browser';
import { TabStateSchema, type TabState } from '../messaging/tab-state';

const key = (tabId: number): string => `tab:${tabId}`;

/** Per-tab state in storage.session: it survives the service worker being stopped. */
export const tabStore = {
  async get(tabId: number): Promise<TabState | null> {
    const raw = (await browser.storage.session.get(key(tabId)))[key(tabId)];
    const parsed = TabStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
  async set(state: TabState): Promise<void> {
    await browser.storage.session.set({ [key(state.tabId)]: state });
  },
  async remove(tabId: number): Promise<void> {
    await browser.storage.session.remove(key(tabId));
  },
};
