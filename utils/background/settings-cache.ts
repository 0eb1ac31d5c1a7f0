import { browser } from 'wxt/browser';
import { loadSettings, type Settings } from '../settings/settings';

let cached: Promise<Settings> | null = null;
let watching = false;

/**
 * The reader's settings, read from storage once per worker life and again only after they change:
 * every analysed page asks for them, and a storage read per page is latency the reader waits for.
 */
export function cachedSettings(): Promise<Settings> {
  if (!watching) {
    watching = true;
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && 'settings' in changes) cached = null;
    });
  }
  cached ??= loadSettings();
  return cached;
}

/** Drops the cache and its listener (tests reset the fake browser, listeners included). */
export function forgetCachedSettings(): void {
  cached = null;
  watching = false;
}
