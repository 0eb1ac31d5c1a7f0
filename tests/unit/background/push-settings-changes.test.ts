import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pushSettingsChanges } from '@/utils/background/push-settings-changes';
import { tabStore } from '@/utils/background/tab-store';
import type { PageStatus } from '@/utils/messaging/page-report';
import { pageReport } from '../shared/page-report';
import { saveSettings } from '@/utils/settings/settings';

async function tabWith(status: PageStatus | null): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/' });
  if (status === null) return tab.id!;
  await tabStore.set({
    tabId: tab.id!,
    report: pageReport({ status, analysis: null }),
    matches: [],
    outlet: null,
    updatedAt: 0,
  });
  return tab.id!;
}

describe('pushSettingsChanges', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('tells the pages the settings change for to analyse again, and only those', async () => {
    const article = await tabWith('article');
    const switchedOff = await tabWith('disabled');
    const listing = await tabWith('not-article');
    const gone = await tabWith('article');
    const blank = await tabWith(null);
    const told: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId, message) => {
      // A tab without the content script does not answer: that must not stop the others.
      if (tabId === gone) throw new Error('Could not establish connection.');
      told.push({ tabId, message });
    });
    pushSettingsChanges();
    await saveSettings({ hoverCards: false });
    await vi.waitFor(() => expect(told).toHaveLength(2));
    expect(told).toEqual(
      expect.arrayContaining([
        { tabId: article, message: { type: 'reanalyze', tabId: article } },
        { tabId: switchedOff, message: { type: 'reanalyze', tabId: switchedOff } },
      ]),
    );
    for (const tabId of [listing, blank])
      expect(told).not.toContainEqual(expect.objectContaining({ tabId }));
  });

  it('ignores other storage changes', async () => {
    await tabWith('article');
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    pushSettingsChanges();
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(send).not.toHaveBeenCalled();
  });
});
