import { browser } from 'wxt/browser';
import type { PageStatus } from '../messaging/page-report';
import { tabStore } from './tab-store';

/** Pages whose drawing the settings change: an article, or one on a site switched off. */
const FOLLOWING: ReadonlySet<PageStatus> = new Set(['article', 'disabled', 'loading', 'error']);

/**
 * Tells the pages the settings change for to analyse again when the reader changes them. The
 * pages do not watch storage themselves: the first touch of `storage` cost a content script
 * several milliseconds on every article page (issue 18). Extension pages (the demo, a lesson)
 * watch for themselves.
 */
export function pushSettingsChanges(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !('settings' in changes)) return;
    void browser.tabs.query({}).then((tabs) =>
      Promise.all(
        tabs.map(async ({ id }) => {
          if (id === undefined) return;
          const state = await tabStore.get(id);
          if (!state || !FOLLOWING.has(state.report.status)) return;
          // A tab whose page has gone since (or that never had the content script) does not answer.
          await browser.tabs
            .sendMessage(id, { type: 'reanalyze', tabId: id })
            .catch(() => undefined);
        }),
      ),
    );
  });
}
