import { browser } from 'wxt/browser';
import { TAB_ARTICLE_MAX_CHARS, type TabArticle } from '../messaging/tab-article';
import type { TabState } from '../messaging/tab-state';
import { tabStore } from './tab-store';

/** The text kept with a tab's state: only an article's, and cut to what storage.session can hold. */
export function articleTextToKeep(
  state: Pick<TabState, 'report'>,
  text: string,
): string | undefined {
  if (state.report.status !== 'article' || text.trim() === '') return undefined;
  return text.slice(0, TAB_ARTICLE_MAX_CHARS);
}

interface Candidate {
  /** When the reader last used the tab (the browser's `lastAccessed`), if the browser says. */
  lastAccessed?: number;
  state: TabState;
}

/** The analysed article the reader used last: by tab use, then by when its analysis arrived. */
export function pickTabArticle(candidates: Candidate[]): TabArticle | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.state.report.status !== 'article' || !c.state.articleText) continue;
    if (!best || recency(c) > recency(best)) best = c;
  }
  if (!best) return null;
  const { report, articleText, tabId } = best.state;
  return { tabId, title: report.title, url: report.url, text: articleText ?? '' };
}

function recency(c: Candidate): number {
  return c.lastAccessed ?? c.state.updatedAt;
}

/**
 * The manager page is itself the active tab when it asks, so "the current tab's article" is the
 * open analysed tab the reader used most recently.
 */
export async function findTabArticle(): Promise<TabArticle | null> {
  const tabs = await browser.tabs.query({});
  const candidates: Candidate[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const state = await tabStore.get(tab.id);
    if (state) candidates.push({ lastAccessed: tab.lastAccessed, state });
  }
  return pickTabArticle(candidates);
}
