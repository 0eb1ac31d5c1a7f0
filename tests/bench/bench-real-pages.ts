import type { BrowserContext } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blankTab } from './blank-tab';
import { mainThreadTime, type MainThreadTime } from './main-thread-time';
import { median, round } from './stats';

const corpora = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpora',
);

/** URL prefix → folder of saved real pages (the holdout is never served). */
export const REAL_PAGE_DIRS = {
  '/corpora/extraction/pages/': path.join(corpora, 'extraction/pages'),
  '/corpora/pages/': path.join(corpora, 'pages'),
};

/** Paths of the saved real pages: all of them, or every 6th of each corpus (sorted by name). */
export function listRealPages(all: boolean): string[] {
  const every = <T>(list: T[]) => (all ? list : list.filter((_, i) => i % 6 === 0));
  const extraction = readdirSync(REAL_PAGE_DIRS['/corpora/extraction/pages/'])
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `/corpora/extraction/pages/${f}`);
  const pages = readdirSync(REAL_PAGE_DIRS['/corpora/pages/'], { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => `/corpora/pages/${name}/source.html`);
  return [...every(extraction), ...every(pages)];
}

/** Main-thread time of one load of `url` in a fresh tab: navigation → load event + 3 s. */
async function loadCost(
  context: BrowserContext,
  origin: string,
  url: string,
): Promise<MainThreadTime> {
  const page = await blankTab(context, origin);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await mainThreadTime(cdp);
    await page.goto(origin + url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForTimeout(3000);
    const after = await mainThreadTime(cdp);
    await cdp.detach();
    return {
      taskMs: after.taskMs - before.taskMs,
      cpuMs: after.cpuMs - before.cpuMs,
      layouts: after.layouts - before.layouts,
    };
  } finally {
    await page.close();
  }
}

interface Row {
  page: string;
  ownMs: number;
  withMs: number;
  addedMs: number;
  ownCpuMs: number;
  addedCpuMs: number;
  spreadMs: number;
  /**
   * What every run agrees was added: the cheapest load with the extension less the dearest
   * without it. Over 50 ms, the page is over +50 ms beyond run-to-run noise (issue 18's wording).
   */
  surelyAddedMs: number;
  surelyAddedCpuMs: number;
}

/**
 * Σ added / Σ own in %, the worst page, and the pages over 50 ms (by the medians, and by what
 * every run agrees on), for one measure.
 */
function summarize(
  rows: Row[],
  own: (r: Row) => number,
  added: (r: Row) => number,
  surelyAdded: (r: Row) => number,
) {
  const ownTotal = rows.reduce((n, r) => n + own(r), 0);
  const addedTotal = rows.reduce((n, r) => n + added(r), 0);
  return {
    ratio: round((100 * addedTotal) / ownTotal, 1),
    max: Math.max(0, ...rows.map(added)),
    median: round(median(rows.map(added)), 1),
    over50: rows.filter((r) => added(r) > 50).map((r) => r.page),
    over50BeyondNoise: rows.filter((r) => surelyAdded(r) > 50).map((r) => r.page),
    ownTotal: round(ownTotal, 0),
    addedTotal: round(addedTotal, 0),
  };
}

/**
 * Each real page loaded without (`plain`) and with (`withExtension`) the extension, `runs` times
 * each, interleaved: the main-thread time the extension adds, per page and over all pages.
 */
export async function benchRealPages(
  plain: BrowserContext,
  withExtension: BrowserContext,
  origin: string,
  urls: string[],
  runs: number,
  log: (message: string) => void = () => {},
) {
  const rows: Row[] = [];
  for (const url of urls) {
    const own: MainThreadTime[] = [];
    const withExt: MainThreadTime[] = [];
    for (let run = 0; run < runs; run++) {
      // Alternate which browser goes first, so a drift in the machine's load hits both.
      for (const ext of run % 2 ? [true, false] : [false, true]) {
        (ext ? withExt : own).push(await loadCost(ext ? withExtension : plain, origin, url));
      }
    }
    const m = (list: MainThreadTime[], key: 'taskMs' | 'cpuMs') => median(list.map((t) => t[key]));
    const surely = (key: 'taskMs' | 'cpuMs') =>
      round(Math.min(...withExt.map((t) => t[key])) - Math.max(...own.map((t) => t[key])), 1);
    const row: Row = {
      page: url.replace(/^\/corpora\//, ''),
      ownMs: round(m(own, 'taskMs'), 1),
      withMs: round(m(withExt, 'taskMs'), 1),
      addedMs: round(m(withExt, 'taskMs') - m(own, 'taskMs'), 1),
      ownCpuMs: round(m(own, 'cpuMs'), 1),
      addedCpuMs: round(m(withExt, 'cpuMs') - m(own, 'cpuMs'), 1),
      spreadMs: round(
        Math.max(...own.map((t) => t.taskMs)) - Math.min(...own.map((t) => t.taskMs)),
        1,
      ),
      surelyAddedMs: surely('taskMs'),
      surelyAddedCpuMs: surely('cpuMs'),
    };
    log(`${row.page}: own ${row.ownMs} ms, added ${row.addedMs} ms (CPU ${row.addedCpuMs} ms)`);
    rows.push(row);
  }
  const task = summarize(
    rows,
    (r) => r.ownMs,
    (r) => r.addedMs,
    (r) => r.surelyAddedMs,
  );
  const cpu = summarize(
    rows,
    (r) => r.ownCpuMs,
    (r) => r.addedCpuMs,
    (r) => r.surelyAddedCpuMs,
  );
  return {
    addedTaskRatio: task.ratio,
    maxAddedMs: task.max,
    medianAddedMs: task.median,
    pagesOver50Ms: task.over50,
    pagesOver50MsBeyondNoise: task.over50BeyondNoise,
    /** How many pages are over +50 ms beyond run-to-run noise (the budget: none). */
    pagesOver50BeyondNoise: task.over50BeyondNoise.length,
    ownTotalMs: task.ownTotal,
    addedTotalMs: task.addedTotal,
    cpu,
    pageCount: rows.length,
    medianOwnSpreadMs: runs > 1 ? round(median(rows.map((r) => r.spreadMs)), 1) : null,
    pages: rows,
    method:
      'each page in a fresh tab of Chromium without and with the built extension (same flags, no network), ' +
      'CDP Performance.getMetrics TaskDuration from navigation to load event + 3 s; median of the runs per page; ' +
      'addedTaskRatio = Σ added / Σ own, in %; cpu: the same from ThreadTime (main-thread CPU time, not inflated by a busy machine); ' +
      'spread = max − min of the page’s own runs (run-to-run noise); ' +
      'beyond noise: a page whose cheapest load with the extension still cost more than 50 ms over its dearest load without (surelyAdded)',
  };
}
