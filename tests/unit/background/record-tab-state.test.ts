import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordTabState } from '@/utils/background/record-tab-state';
import { tabStore } from '@/utils/background/tab-store';
import { pageReport } from '../shared/page-report';

const report = (title: string) => pageReport({ url: 'https://news.example/ferry', title });

describe('recordTabState', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('lands a tab’s writes in the order they were asked for, however long each takes', async () => {
    const set = tabStore.set.bind(tabStore);
    let calls = 0;
    // The first write is the slow one: unordered, it would land over the second.
    vi.spyOn(tabStore, 'set').mockImplementation(async (state) => {
      if (calls++ === 0) await new Promise((resolve) => setTimeout(resolve, 30));
      return set(state);
    });
    const first = recordTabState(3, report('What the background expected'), 'Ferry text.');
    const second = recordTabState(3, report('What the page reported'), 'Ferry text, changed.');
    await Promise.all([first, second]);
    const state = await tabStore.get(3);
    expect(state?.report.title).toBe('What the page reported');
    expect(state?.articleText).toBe('Ferry text, changed.');
  });

  it('holds a write back for `afterMs`, and a later one still lands after it', async () => {
    const held = recordTabState(3, report('The background’s record'), 'Ferry text.', 60);
    const later = recordTabState(3, report('The page’s report'), 'Ferry text, changed.');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Nothing written yet: the page is still drawing what the background answered.
    expect(await tabStore.get(3)).toBeNull();
    await held;
    expect((await tabStore.get(3))?.report.title).toBe('The background’s record');
    await later;
    expect((await tabStore.get(3))?.report.title).toBe('The page’s report');
  });

  it('goes on with later writes when one fails', async () => {
    const set = tabStore.set.bind(tabStore);
    let calls = 0;
    vi.spyOn(tabStore, 'set').mockImplementation(async (state) => {
      if (calls++ === 0) throw new Error('storage is full');
      return set(state);
    });
    await expect(recordTabState(3, report('Lost'), 'x')).rejects.toThrow('storage is full');
    await recordTabState(3, report('Kept'), 'y');
    expect((await tabStore.get(3))?.report.title).toBe('Kept');
  });
});
