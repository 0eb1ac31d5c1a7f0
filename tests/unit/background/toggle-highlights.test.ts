import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleHighlightsInActiveTab } from '@/utils/background/toggle-highlights';
import { tabStore } from '@/utils/background/tab-store';

describe('the keyboard shortcut', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the active tab to hide its highlights when they are shown, and to show them after', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({
      url: 'https://news.example/a',
      active: true,
      windowId: win!.id,
    });
    const sent: unknown[] = [];
    // The fake browser has no content scripts: record what would reach the tab's.
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, message: unknown) => {
      sent.push(message);
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    const report = {
      url: 'https://news.example/a',
      title: 'A',
      domain: 'news.example',
      status: 'article' as const,
      analysis: null,
      dismissed: [],
      highlightsVisible: true,
      error: null,
    };
    await tabStore.set({ tabId: tab.id!, report, matches: [], outlet: null, updatedAt: 1 });
    await toggleHighlightsInActiveTab();
    await tabStore.set({
      tabId: tab.id!,
      report: { ...report, highlightsVisible: false },
      matches: [],
      outlet: null,
      updatedAt: 2,
    });
    await toggleHighlightsInActiveTab();
    expect(sent).toEqual([
      { type: 'setHighlightsVisible', tabId: tab.id, visible: false },
      { type: 'setHighlightsVisible', tabId: tab.id, visible: true },
    ]);
  });
});
