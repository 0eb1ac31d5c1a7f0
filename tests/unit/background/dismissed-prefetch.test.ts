import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismissedFor, prefetchDismissed } from '@/utils/background/dismissed-prefetch';
import { saveDismissed } from '@/utils/page/dismissed-store';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { forgetCachedSettings } from '@/utils/background/settings-cache';
import type { Browser } from 'wxt/browser';

const url = 'https://news.example/prefetch-story';

describe('dismissals read ahead on warm-up', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetCachedSettings();
  });

  it('gives the analysis the read started at warm-up, once', async () => {
    await saveDismissed(url, new Set(['term:regime']));
    const early = prefetchDismissed(url, 1_000);
    // Changed after the read began: the prefetched answer is the one handed over…
    await saveDismissed(url, new Set(['term:regime', 'term:junta']));
    expect(await dismissedFor(url, 2_000)).toBe(await early);
    // …and only once: the next analysis of the page reads storage again.
    expect([...(await dismissedFor(url, 2_500))].sort()).toEqual(['term:junta', 'term:regime']);
  });

  it('reads storage again when the prefetched read is stale', async () => {
    await saveDismissed(url, new Set(['term:regime']));
    const early = prefetchDismissed(url, 1_000);
    await saveDismissed(url, new Set());
    const later = await dismissedFor(url, 1_000 + 60_000);
    expect(later).not.toBe(await early);
    expect(later.size).toBe(0);
  });

  it('starts the read when the page sends warmUp with its URL', async () => {
    await saveDismissed(url, new Set(['quote:abc']));
    const sender = { tab: { id: 3 } } as Browser.runtime.MessageSender;
    expect(await handleBackgroundMessage({ type: 'warmUp', url }, sender)).toBeNull();
    await saveDismissed(url, new Set());
    // The read made at warm-up (before the change) is the one the analysis gets.
    expect([...(await dismissedFor(url))]).toEqual(['quote:abc']);
  });
});
