import type { PageReport } from '../messaging/page-report';
import type { TabState } from '../messaging/tab-state';
import { sendToExtension } from '../messaging/transport';
import { findFactChecks } from './find-fact-checks';
import { findIndependentSources } from './find-independent-sources';
import { articleTextToKeep } from './tab-article';
import { tabStore } from './tab-store';

/**
 * How long the background's own record of a page waits after answering its `findArticle`: matching
 * the library and writing the tab's state take the worker 5–20 ms of CPU, which on a 2-core machine
 * ran while the page mapped the answer and drew its highlights, and made those steps take up to
 * twice as long (issue 18, seventeenth session). The page's handling of a 50,000-word article's
 * answer is over well within this on that machine; the panel learns of the page this much later.
 */
export const AFTER_ANSWER_MS = 150;

/** Per tab, the last state write queued: each waits for the one before it. */
const queued = new Map<number, Promise<void>>();

/**
 * Stores a tab's state from what its page reported (or what the background found for it), with its
 * independent sources and fact-checks, and tells the panel. Writes for one tab run in the order they
 * were asked for: matching sources takes a while, and an earlier report (the background's own,
 * made as it answered `findArticle`) must never land over a later one from the page. `afterMs`
 * holds the work back that long (`AFTER_ANSWER_MS`), still in that order.
 */
export function recordTabState(
  tabId: number,
  report: PageReport,
  text: string,
  afterMs = 0,
): Promise<void> {
  return queueWrite(tabId, async () => {
    // A task later at least: the answer of the message that asked for this goes first (matching
    // the library takes the worker a few ms the page would otherwise wait for).
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    const [sources, factChecks] = await Promise.all([
      findIndependentSources(report, text),
      findFactChecks(report),
    ]);
    const state: TabState = {
      tabId,
      report,
      ...sources,
      factChecks,
      articleText: articleTextToKeep({ report }, text),
      updatedAt: Date.now(),
    };
    await tabStore.set(state);
    void sendToExtension({ type: 'tabStateChanged', tabId });
  });
}

/**
 * Forgets what a tab showed (its page has left it), after the writes queued before, and tells the
 * panel: a page Sourcelight does not run on (the browser's own pages, about:blank) has no state, and the
 * panel says so rather than show the page before it.
 */
export function forgetTabState(tabId: number): Promise<void> {
  return queueWrite(tabId, async () => {
    await tabStore.remove(tabId);
    void sendToExtension({ type: 'tabStateChanged', tabId });
  });
}

/** Runs `write` once the tab's writes queued before it are done. */
function queueWrite(tabId: number, write: () => Promise<void>): Promise<void> {
  const done = (queued.get(tabId) ?? Promise.resolve()).then(write, write);
  const settled = done.catch(() => undefined);
  queued.set(tabId, settled);
  // Forget the tab once its last write is done (tabs come and go all day).
  void settled.then(() => queued.get(tabId) === settled && queued.delete(tabId));
  return done;
}
