import type { BrowserContext, Page } from '@playwright/test';
import { waitForDone } from './wait-for-mark';

/** What one page load cost the content script, from its performance marks and long tasks. */
export interface PageTiming {
  /**
   * sourcelight:start (the loader, before its gate, as the page is shown at document_idle) →
   * sourcelight:highlighted: all of it, the page session's module included, which since the
   * nineteenth session comes while the extension works on the loader's copy (null when the page
   * was not highlighted). Before, the module's wait (`loadMs`) was left out.
   */
  highlightedMs: number | null;
  /** sourcelight:start → sourcelight:done (a page the gate turns away: the loader alone). */
  doneMs: number;
  /**
   * sourcelight:gated → sourcelight:session-start: from the loader's gate letting the page through
   * to the page session's start, its module fetched and compiled off the main thread, then
   * evaluated (builds before the eighteenth session: sourcelight:injected → sourcelight:start).
   */
  loadMs: number | null;
  /** Page navigation → sourcelight:highlighted: when the reader sees the highlights (null when none). */
  highlightedSinceNavigationMs: number | null;
  /**
   * Longest main-thread block of the extension's own, from a heartbeat (0 when none over 20 ms):
   * every block that begins after the content script started to run (sourcelight:injected) until done, and of
   * the block the script started in, only the part after it started (the rest is the page's own
   * HTML parsing or script, which runs in the same task when the script is injected).
   */
  longestTaskMs: number;
  /** Longest block overlapping start…done, whole, the page's own work included (the old measure). */
  longestTaskWithPageMs: number;
  /** The same, only for blocks that begin after sourcelight:start (the page's own parse excluded). */
  longestTaskAfterStartMs: number;
  /** The same from the Long Tasks API (≥ 50 ms); Chromium does not report content-script tasks there. */
  longTaskApiMs: number;
  highlights: Record<string, number>;
}

declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[];
    __benchGaps?: { start: number; duration: number }[];
  }
}

/**
 * Records blocked stretches of the main thread from the start of the page: a MessageChannel
 * heartbeat runs between any two tasks, so a gap between beats is a task (or a rendering step).
 * Also the Long Tasks API, which in Chromium misses tasks that run a content script.
 */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__benchGaps = [];
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 20) window.__benchGaps!.push({ start: last, duration: now - last });
      last = now;
      channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    window.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__benchLongTasks!.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Opens `url` in a new tab, waits for sourcelight:done and reads the marks and long tasks. */
export async function timePageLoad(
  context: BrowserContext,
  url: string,
  before?: (page: Page) => Promise<void>,
): Promise<{ page: Page; timing: PageTiming }> {
  const page = await context.newPage();
  await observeLongTasks(page);
  await before?.(page);
  await page.goto(url);
  await waitForDone(page, 60_000);
  // Long-task entries arrive after their task ends: give the observer time to deliver them.
  await page.waitForTimeout(300);
  // No named functions inside: tsx would wrap them in a `__name` helper the page lacks.
  const timing = await page.evaluate((): PageTiming => {
    const [start, done, highlighted, injected, gated, sessionStart] = [
      'start',
      'done',
      'highlighted',
      'injected',
      'gated',
      'session-start',
    ].map((mark) => performance.getEntriesByName(`sourcelight:${mark}`)[0]?.startTime ?? null) as [
      number,
      number,
      number | null,
      number | null,
      number | null,
      number | null,
    ];
    const moduleWait = gated !== null && sessionStart !== null ? sessionStart - gated : null;
    const loaded = injected ?? start;
    const [gaps, longTasks] = [window.__benchGaps ?? [], window.__benchLongTasks ?? []].map(
      (list) =>
        list.filter((t) => t.start + t.duration >= start && t.start <= done).map((t) => t.duration),
    ) as [number[], number[]];
    // The same, counting only blocks that begin after the script started: a block that begins
    // before it is the page's own HTML parsing and layout (with the script's start-up at its end).
    const after = (window.__benchGaps ?? [])
      .filter((t) => t.start >= start && t.start <= done)
      .map((t) => t.duration);
    const own = (window.__benchGaps ?? [])
      .filter((t) => t.start + t.duration > loaded && t.start <= done)
      .map((t) => t.start + t.duration - Math.max(t.start, loaded));
    const highlights: Record<string, number> = {};
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('sourcelight-')) highlights[name] = h.size;
    return {
      highlightedMs: highlighted === null ? null : highlighted - start,
      highlightedSinceNavigationMs: highlighted,
      doneMs: done - start,
      loadMs: moduleWait ?? (injected === null ? null : start - injected),
      longestTaskMs: Math.max(0, ...own),
      longestTaskWithPageMs: Math.max(0, ...gaps),
      longestTaskAfterStartMs: Math.max(0, ...after),
      longTaskApiMs: Math.max(0, ...longTasks),
      highlights,
    };
  });
  return { page, timing };
}
