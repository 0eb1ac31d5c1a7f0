import type { BrowserContext } from '@playwright/test';
import { timePageLoad, type PageTiming } from './page-timing';
import { profilePage } from './profile-page';
import { median, round } from './stats';
import { blankTab } from './blank-tab';
import { parserThreadOf, tracedLoad } from './traced-load';
import { OWN_BLOCK_CATEGORIES, ownBlocks } from './own-blocks';

/** The generated pages the page bench loads (paths on the fixture server). */
export const PAGE_PATHS = {
  article2k: '/article-2k.html',
  article50k: '/article-50k.html',
  listing: '/listing-5000.html',
  listingInMain: '/listing-5000-main.html',
};

/**
 * The longest stretch the extension held the main thread in one task, in each of `runs` traced
 * loads of `path` (each from a blank page of the site, as the real-page benches): `ownBlocks`.
 */
async function longestOwnBlocks(
  context: BrowserContext,
  origin: string,
  path: string,
  runs: number,
): Promise<number[]> {
  const longest: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await blankTab(context, origin);
    try {
      const events = await tracedLoad(page, origin + path, OWN_BLOCK_CATEGORIES);
      const thread = parserThreadOf(events, (url) => url.endsWith(path));
      if (!thread) throw new Error(`no trace of ${path}'s main thread`);
      longest.push(Math.max(0, ...ownBlocks(events, thread)));
    } finally {
      await page.close();
    }
  }
  return longest;
}

function summarize(timings: PageTiming[]) {
  const highlighted = timings.map((t) => t.highlightedMs).filter((t): t is number => t !== null);
  return {
    highlightedMs: highlighted.length ? round(median(highlighted)) : null,
    doneMs: round(median(timings.map((t) => t.doneMs))),
    sinceNavigationMs: round(median(timings.map((t) => t.highlightedSinceNavigationMs ?? 0))),
    loadMs: round(median(timings.map((t) => t.loadMs ?? 0))),
    longestTaskMs: round(median(timings.map((t) => t.longestTaskMs))),
    longestTaskMaxMs: round(Math.max(...timings.map((t) => t.longestTaskMs))),
    longestTaskAfterStartMs: round(median(timings.map((t) => t.longestTaskAfterStartMs))),
    longestTaskWithPageMs: round(median(timings.map((t) => t.longestTaskWithPageMs))),
    longTaskApiMs: round(median(timings.map((t) => t.longTaskApiMs))),
    timesMs: timings.map((t) => round(t.highlightedMs ?? t.doneMs)),
    highlights: timings[0]!.highlights,
  };
}

/**
 * Loads each generated page `runs` times in a fresh tab (after one unmeasured warm-up load) and
 * reports medians; then profiles one more load of each for the extension's own CPU time.
 */
export async function benchPage(
  context: BrowserContext,
  origin: string,
  extensionId: string,
  runs: number,
) {
  const results: Record<string, ReturnType<typeof summarize> & { scriptMs: number }> = {};
  for (const [name, path] of Object.entries(PAGE_PATHS)) {
    const timings: PageTiming[] = [];
    for (let run = -1; run < runs; run++) {
      const { page, timing } = await timePageLoad(context, origin + path);
      await page.close();
      if (run >= 0) timings.push(timing);
    }
    const profile = await profilePage(context, origin, origin + path, extensionId);
    results[name] = { ...summarize(timings), scriptMs: profile.totalMs };
  }
  const ownBlocksMs = await longestOwnBlocks(context, origin, PAGE_PATHS.article50k, runs);
  const { article2k, article50k, listing, listingInMain } = results as Record<
    keyof typeof PAGE_PATHS,
    (typeof results)[string]
  >;
  return {
    ms2k: article2k.highlightedMs,
    ms50k: article50k.highlightedMs,
    longestTaskMs: round(median(ownBlocksMs)),
    longestTaskRunsMs: ownBlocksMs.map(round),
    longestBlockMs: article50k.longestTaskMs,
    longestTaskAfterStartMs: article50k.longestTaskAfterStartMs,
    longestTaskWithPageMs: article50k.longestTaskWithPageMs,
    nonArticleMs: listingInMain.doneMs,
    loadMs2k: article2k.loadMs,
    navigationToHighlightedMs2k: article2k.sinceNavigationMs,
    nonArticleScriptMs: listingInMain.scriptMs,
    method:
      'performance marks sourcelight:start (the loader, before its gate) → sourcelight:highlighted, all of it (articles; since the nineteenth session, when the loader sends the copy before the session loads: before, less loadMs) / → sourcelight:done (non-article: the loader alone, which never loads the page session there; since the eighteenth session); ' +
      'loadMs2k: sourcelight:gated (the loader’s gate lets the page through) → sourcelight:session-start (the page session it loads starts: its fetch, compile and evaluation, while the extension works on the copy), 2k page; ' +
      'navigationToHighlightedMs2k: the page’s navigation → sourcelight:highlighted, 2k page (what the reader waits); ' +
      'longestTaskMs: the longest stretch the extension held the main thread within one task, on the 50k page, from a trace of each of `runs` more loads (own-blocks.ts: script in its isolated world, its files, the arrival of its messages; the page’s own work in the same task not counted); median over the loads (each: longestTaskRunsMs); ' +
      'longestBlockMs (before 3 Dec, fifteenth session, the budget’s figure): longest gap of a MessageChannel heartbeat from sourcelight:injected (the content script starts to run) to done on the 50k page, counting of a gap that began before only its part after injected; median over runs of each run’s longest (max: longestTaskMaxMs; the whole gaps, the page’s own parsing included: longestTaskWithPageMs) ' +
      '(the PerformanceObserver longtask API does not report content-script tasks in Chromium: longTaskApiMs); ' +
      'scriptMs: CDP Profiler samples in the extension’s code on one extra load (includes module start-up)',
    pages: { article2k, article50k, listing, listingInMain },
  };
}
