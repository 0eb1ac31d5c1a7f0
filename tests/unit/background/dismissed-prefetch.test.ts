import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dismissedFor,
  forgetPrefetchedDismissals,
  prefetchDismissed,
} from '@/utils/background/dismissed-prefetch';
import { articleKey, saveDismissed } from '@/utils/page/dismissed-store';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { forgetCachedSettings } from '@/utils/background/settings-cache';
import type { Browser } from 'wxt/browser';

const url = 'https://news.example/prefetch-story';

describe('dismissals read ahead on warm-up', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetCachedSettings();
    forgetPrefetchedDismissals();
  });

  it('gives the analysis the read started at warm-up, once', async () => {
    await saveDismissed(url, new Set(['term:regime']));
    const early = prefetchDismissed(url, 1_000);
    expect(await dismissedFor(url, 2_000)).toBe(await early);
    // Only once: the next analysis of the page reads storage again.
    await saveDismissed(url, new Set(['term:regime', 'term:junta']));
    expect([...(await dismissedFor(url, 2_500))].sort()).toEqual(['term:junta', 'term:regime']);
  });

  it('drops a prefetched read when the reader changes the dismissals (a reload must keep them)', async () => {
    await saveDismissed(url, new Set());
    // A read left over from the page's first load…
    const early = prefetchDismissed(url, 1_000);
    expect((await early).size).toBe(0);
    // …then the reader dismisses a flag, and reloads the page at once.
    await saveDismissed(url, new Set(['term:pretext']));
    const reloaded = await dismissedFor(url, 2_000);
    expect(reloaded).not.toBe(await early);
    expect([...reloaded]).toEqual(['term:pretext']);
  });

  it('finds the read under the article’s URL with or without a fragment', async () => {
    await saveDismissed(url, new Set(['term:regime']));
    const early = prefetchDismissed(`${url}#comments`, 1_000);
    expect(await dismissedFor(url, 1_500)).toBe(await early);
  });

  it('keeps a prefetched read when only another article’s dismissals change', async () => {
    await saveDismissed(url, new Set(['term:regime']));
    const early = prefetchDismissed(url, 1_000);
    await saveDismissed('https://news.example/other', new Set(['term:junta']));
    expect(await dismissedFor(url, 1_500)).toBe(await early);
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
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const warming = handleBackgroundMessage({ type: 'warmUp', url }, sender);
    // Started at once, before the warm-up waits for anything else: started after a wait, it could
    // land after the analysis took its read and be left over for the page's next analysis.
    expect(get).toHaveBeenCalledWith(articleKey(url));
    const read = dismissedFor(url);
    // …and the analysis takes that read rather than making its own.
    expect(get.mock.calls.filter(([key]) => key === articleKey(url))).toHaveLength(1);
    expect(await warming).toBeNull();
    expect([...(await read)]).toEqual(['quote:abc']);
  });
});
