import * as z from 'zod/mini';
import { lazySchema } from '../schema/lazy-schema';
import { browser } from 'wxt/browser';

const KeysSchema = lazySchema(() => z.array(z.string()));

/** The article's identity for remembering dismissals: its URL without the fragment. */
export function articleKey(url: string): string {
  return `dismissed:${url.split('#')[0]}`;
}

/** Finding keys the reader dismissed on this article. */
export async function loadDismissed(url: string): Promise<Set<string>> {
  const key = articleKey(url);
  const parsed = KeysSchema.safeParse((await browser.storage.local.get(key))[key]);
  return new Set(parsed.success ? parsed.data : []);
}

/** Stores the dismissals for this article (an empty set removes the entry). */
export async function saveDismissed(url: string, keys: Set<string>): Promise<void> {
  const key = articleKey(url);
  if (keys.size === 0) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: [...keys] });
}
