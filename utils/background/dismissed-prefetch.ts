import { browser } from 'wxt/browser';
import { articleKey, loadDismissed } from '../page/dismissed-store';

/** How long a prefetched read stays good: the page asks for its analysis well within this. */
const FRESH_MS = 5_000;
/** Keyed by the article's storage key, so a change to that key finds its entry. */
const prefetched = new Map<string, { at: number; keys: Promise<Set<string>> }>();
let watching = false;

/**
 * A read made before the reader dismissed or restored a flag must never be handed to the next
 * analysis (the reload after a dismissal would draw the flag again): any change to an article's
 * dismissals drops its prefetched read.
 */
function dropReadsOnChange(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    for (const key of Object.keys(changes)) prefetched.delete(key);
  });
}

/**
 * Starts reading a page's dismissals while the page is still finding its article (on `warmUp`),
 * so that the analysis does not wait for the storage read.
 */
export function prefetchDismissed(url: string, now = Date.now()): Promise<Set<string>> {
  dropReadsOnChange();
  for (const [key, entry] of prefetched) if (now - entry.at > FRESH_MS) prefetched.delete(key);
  const keys = loadDismissed(url);
  prefetched.set(articleKey(url), { at: now, keys });
  return keys;
}

/** The page's dismissals: the prefetched read when there is a fresh one (used once), else a new read. */
export function dismissedFor(url: string, now = Date.now()): Promise<Set<string>> {
  const key = articleKey(url);
  const entry = prefetched.get(key);
  prefetched.delete(key);
  return entry && now - entry.at <= FRESH_MS ? entry.keys : loadDismissed(url);
}

/** Drops every prefetched read and the listener (tests reset the fake browser, listeners included). */
export function forgetPrefetchedDismissals(): void {
  prefetched.clear();
  watching = false;
}
