import type { BrowserContext } from '@playwright/test';
import { analysedTabId } from './bench-panel';
import { mainThreadTime } from './main-thread-time';
import { median, round } from './stats';
import { waitForDone } from './wait-for-mark';

declare const chrome: typeof import('wxt/browser').browser;

/** The ranges of ours registered in CSS.highlights right now. */
const registeredRanges = (): number =>
  [...CSS.highlights]
    .filter(([name]) => name.startsWith('sourcelight-'))
    .reduce((n, [, h]) => n + h.size, 0);

/**
 * Steady-state cost of highlights on a page that re-lays out every frame (tests/bench/steady-page):
 * with the page loaded and idle, main-thread time per second with our highlights shown and with
 * them hidden (the panel's "Hide highlights" message), in `runs` interleaved pairs of windows.
 */
export async function benchSteady(
  context: BrowserContext,
  url: string,
  runs: number,
  windowMs = 3000,
) {
  const page = await context.newPage();
  await page.goto(url);
  await waitForDone(page);
  const [worker] = context.serviceWorkers();
  const tabId = await analysedTabId(worker!, url);
  const show = async (visible: boolean) => {
    await worker!.evaluate(
      ([id, on]) =>
        chrome.tabs.sendMessage(id, { type: 'setHighlightsVisible', tabId: id, visible: on }),
      [tabId, visible] as const,
    );
    await page.waitForFunction((on) => CSS.highlights.size > 0 === on, visible);
    await page.waitForTimeout(500);
  };
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    const a = await mainThreadTime(cdp);
    const started = performance.now();
    await page.waitForTimeout(windowMs);
    const b = await mainThreadTime(cdp);
    const seconds = (performance.now() - started) / 1000;
    return {
      msPerSec: (b.taskMs - a.taskMs) / seconds,
      cpuMsPerSec: (b.cpuMs - a.cpuMs) / seconds,
      layoutsPerSec: (b.layouts - a.layouts) / seconds,
    };
  };
  const withHl: number[] = [];
  const without: number[] = [];
  const cpuWith: number[] = [];
  const cpuWithout: number[] = [];
  const layouts: number[] = [];
  // CPU ms per frame (one layout per frame on this page), paired like the others.
  const perFrameWith: number[] = [];
  const perFrameWithout: number[] = [];
  let registered = 0;
  await page.waitForTimeout(1000);
  for (let run = 0; run < runs; run++) {
    // Alternate the order so a drift in the machine's load falls on both sides.
    for (const visible of run % 2 ? [false, true] : [true, false]) {
      await show(visible);
      if (visible) registered = await page.evaluate(registeredRanges);
      const m = await measure();
      (visible ? withHl : without).push(m.msPerSec);
      (visible ? cpuWith : cpuWithout).push(m.cpuMsPerSec);
      layouts.push(m.layoutsPerSec);
      (visible ? perFrameWith : perFrameWithout).push(m.cpuMsPerSec / Math.max(m.layoutsPerSec, 1));
    }
  }
  const paragraphs = await page.evaluate(() => document.querySelectorAll('article p').length);
  await cdp.detach();
  await page.close();
  // ms per s / 10 = % of one core.
  const diffs = withHl.map((w, i) => (w - without[i]!) / 10);
  const cpuDiffs = cpuWith.map((w, i) => (w - cpuWithout[i]!) / 10);
  // The same at 60 frames a second: on a busy machine the page draws fewer frames, and a pair's two
  // windows may draw different numbers of them; per frame, that noise drops out.
  const frameDiffs = perFrameWith.map((w, i) => ((w - perFrameWithout[i]!) * 60) / 10);
  return {
    // Main-thread CPU time: "% of one core"; TaskDuration (wall) is inflated on a busy machine.
    overheadPct: round(median(cpuDiffs)),
    cpuWithMsPerSec: round(median(cpuWith)),
    cpuWithoutMsPerSec: round(median(cpuWithout)),
    pairsPct: cpuDiffs.map((d) => round(d)),
    perFrameAt60FpsPct: round(median(frameDiffs)),
    perFramePairsPct: frameDiffs.map((d) => round(d)),
    taskOverheadPct: round(median(diffs)),
    taskWithMsPerSec: round(median(withHl)),
    taskWithoutMsPerSec: round(median(without)),
    taskPairsPct: diffs.map((d) => round(d)),
    layoutsPerSec: round(median(layouts), 0),
    rangesRegistered: registered,
    paragraphs,
    method:
      'a 750-word article whose script changes a ticker’s width every frame; loaded, scrolled to the top and idle: ' +
      `main-thread CPU time (CDP Performance.getMetrics ThreadTime) over ${windowMs / 1000} s windows with our highlights shown vs hidden ` +
      '(the panel’s setHighlightsVisible message), interleaved pairs; median of the per-pair difference in ms per s = % of one core; ' +
      'perFrameAt60Fps*: the per-pair difference in CPU ms per frame (layout), times 60 frames a second; ' +
      'task*: the same from TaskDuration (wall time of tasks, which other processes competing for the CPU inflate)',
  };
}
