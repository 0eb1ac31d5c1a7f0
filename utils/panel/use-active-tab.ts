import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { TabStateSchema, type TabState } from '../messaging/tab-state';
import { sendToExtension } from '../messaging/transport';
import { onMessage } from '../messaging/on-message';

/** What the panel knows about the active tab. */
export interface ActiveTab {
  tabId: number | null;
  loading: boolean;
  state: TabState | null;
  /** The finding the reader last pointed at on the page. */
  selected: string | null;
}

/** Follows the active tab (switches, navigations) and its analysis state from the background. */
export function useActiveTab(): ActiveTab {
  const [tab, setTab] = useState<ActiveTab>({
    tabId: null,
    loading: true,
    state: null,
    selected: null,
  });

  const refresh = useCallback(async (tabId: number, loading: boolean) => {
    const raw = await sendToExtension({ type: 'getTabState', tabId });
    const parsed = TabStateSchema.safeParse(raw);
    setTab((prev) => ({
      tabId,
      loading,
      state: parsed.success ? parsed.data : null,
      selected: nextSelection(prev, tabId, parsed.success ? parsed.data : null),
    }));
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    let activeId: number | null = null;
    // ?tabId=N pins the panel to one tab (the panel opened in a tab of its own, e.g. for a projector).
    const pinned = Number(new URLSearchParams(location.search).get('tabId')) || null;
    const follow = async (): Promise<void> => {
      if (pinned !== null) {
        activeId = pinned;
        return refresh(pinned, false);
      }
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id === undefined) return;
      activeId = active.id;
      await refresh(active.id, active.status === 'loading');
    };
    void follow();
    const onActivated = (): void => void follow();
    const onUpdated = (tabId: number, change: { status?: string }): void => {
      if (tabId === activeId && change.status) void refresh(tabId, change.status === 'loading');
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    onMessage((message, sender) => {
      if (message.type === 'tabStateChanged' && message.tabId === activeId) {
        void refresh(message.tabId, false);
      } else if (message.type === 'findingSelected' && sender.tab?.id === activeId) {
        setTab((prev) => ({ ...prev, selected: message.findingId }));
      }
      return undefined;
    }, controller.signal);
    return () => {
      controller.abort();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [refresh]);

  return tab;
}

/** Each "Show in panel" request is applied once; after it, the reader's pointing wins again. */
let appliedRequest: string | null = null;

function nextSelection(prev: ActiveTab, tabId: number, state: TabState | null): string | null {
  const requested = state?.selectedFindingId ?? null;
  const key = requested && `${tabId}:${requested}:${state?.updatedAt}`;
  if (requested && key !== appliedRequest) {
    appliedRequest = key;
    return requested;
  }
  return prev.tabId === tabId ? prev.selected : null;
}
