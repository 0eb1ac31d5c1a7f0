import type { Analysis } from '../analysis/analysis-schema';

interface Recent {
  url: string;
  text: string;
  analysis: Analysis;
}

/** How many tabs' analyses to keep in memory: enough for a reader's open articles. */
const KEEP = 20;
const recent = new Map<number, Recent>();

/**
 * The analyses the background made most recently, per tab, so that the page's report need not send
 * back the (large) analysis it was just given. Memory only: a restarted worker asks for it again.
 */
export const recentAnalyses = {
  remember(tabId: number, entry: Recent): void {
    recent.delete(tabId);
    recent.set(tabId, entry);
    if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
  },
  /** The analysis for this tab, if it was made for this URL. */
  get(tabId: number, url: string): Recent | null {
    const entry = recent.get(tabId);
    return entry && entry.url === url ? entry : null;
  },
  forget(tabId: number): void {
    recent.delete(tabId);
  },
};
