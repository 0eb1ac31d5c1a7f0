import { loadDismissed } from '../page/dismissed-store';

/** How long a prefetched read stays good: the page asks for its analysis well within this. */
const FRESH_MS = 5_000;
const prefetched = new Map<string, { at: number; keys: Promise<Set<string>> }>();

/**
 * Starts reading a page's dismissals while the page is still finding its article (on `warmUp`),
 * so that the analysis does not wait for the storage read.
 */
export function prefetchDismissed(url: string, now = Date.now()): Promise<Set<string>> {
  for (const [key, entry] of prefetched) if (now - entry.at > FRESH_MS) prefetched.delete(key);
  const keys = loadDismissed(url);
  prefetched.set(url, { at: now, keys });
  return keys;
}

/** The page's dismissals: the prefetched read when there is a fresh one (used once), else a new read. */
export function dismissedFor(url: string, now = Date.now()): Promise<Set<string>> {
  const entry = prefetched.get(url);
  prefetched.delete(url);
  return entry && now - entry.at <= FRESH_MS ? entry.keys : loadDismissed(url);
}
