/**
 * Who does what, in every process, while a page waits for the extension's answer and while it
 * draws (README, issue 18, seventeenth session): the bench's build loads the 2,000-word article
 * (or a saved real page), traced through the browser's session, and for each load prints the
 * top-level tasks of the page's main thread, the offscreen document, the service worker and the
 * browser's main thread from the page's `sourcelight:sent` mark to 30 ms after `highlighted`, with
 * their wall and CPU time, then each thread's CPU in that window. Wall time well over CPU time
 * means a thread waited for a core.
 *
 *   npx wxt build -c tests/bench/wxt.bench.config.ts
 *   npx tsx tests/bench/answer-trace.ts [build dir] [loads] [/corpora/extraction/pages/NAME.html] [--from=MARK]
 *
 * `--from=gated` starts the window at another of the page's marks (`gated`: the gate let the page
 * through, so the window holds the page session's load too).
 */
import { PAGE_PATHS } from './bench-page';
import { REAL_PAGE_DIRS } from './bench-real-pages';
import { BLANK_PAGE, blankTab } from './blank-tab';
import { serveFixtures } from './fixture-server';
import { generateArticle } from './generate-article';
import { articlePage } from './generate-pages';
import { launchBrowser } from './launch-browser';
import { round } from './stats';
import { TOP_LEVEL_TASK, tracedLoad, type TraceEvent } from './traced-load';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const fromMark =
  process.argv.find((arg) => arg.startsWith('--from='))?.slice('--from='.length) ?? 'sent';
const dir = args[0] ?? '.bench/build/chrome-mv3';
const loads = Number(args[1] ?? 4);
const path = args[2] ?? PAGE_PATHS.article2k;
/** Top-level tasks shorter than this (wall) are left out of the timeline. */
const MIN_TASK_MS = 0.7;
const AFTER_DRAWN_US = 30_000;

/** The threads read, by process and thread name as the trace's metadata gives them. */
const THREADS: Record<string, [process: string, thread: string]> = {
  page: ['Renderer', 'CrRendererMain'],
  offscreen: ['Extension Renderer', 'CrRendererMain'],
  worker: ['Extension Renderer', 'ServiceWorker thread'],
  browser: ['Browser', 'CrBrowserMain'],
};

/** Each traced thread's name in `THREADS`, keyed "pid:tid". */
function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const processes = new Map<number, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'process_name') processes.set(e.pid, e.args?.name ?? '');
  const out = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M' || e.name !== 'thread_name') continue;
    for (const [label, [process, thread]] of Object.entries(THREADS))
      if (processes.get(e.pid) === process && e.args?.name === thread)
        out.set(`${e.pid}:${e.tid}`, label);
  }
  return out;
}

const isTask = (e: TraceEvent) => e.ph === 'X' && TOP_LEVEL_TASK.test(e.name);

/**
 * The top-level work of each thread, in time order: its tasks, and the microtask checkpoints that
 * run outside any task (a service worker runs a message's promise continuations that way).
 */
function topLevel(events: readonly TraceEvent[]): TraceEvent[] {
  const tasks = events.filter(isTask);
  const inTask = (e: TraceEvent) =>
    tasks.some(
      (t) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && e.ts < t.ts + (t.dur ?? 0),
    );
  const loose = events.filter((e) => e.ph === 'X' && e.name === 'RunMicrotasks' && !inTask(e));
  return [...tasks, ...loose].sort((a, b) => a.ts - b.ts);
}

const server = await serveFixtures(
  { ...BLANK_PAGE, [PAGE_PATHS.article2k]: articlePage(generateArticle(2_000)) },
  REAL_PAGE_DIRS,
);
const { context } = await launchBrowser(dir);
try {
  for (let load = 1; load <= loads; load++) {
    const page = await blankTab(context, server.origin);
    const events = await tracedLoad(
      page,
      server.origin + path,
      ['toplevel', 'v8.execute', 'blink.user_timing', '__metadata'],
      { everyProcess: true, afterMs: 1500 },
    );
    await page.close();
    const mark = (name: string) => events.find((e) => e.name === `sourcelight:${name}`)?.ts;
    const from = mark(fromMark);
    const drawn = mark('highlighted');
    if (from === undefined || drawn === undefined) {
      console.log(`load ${load}: no answer drawn (a page that is not an article?)`);
      continue;
    }
    const to = drawn + AFTER_DRAWN_US;
    const names = threadNames(events);
    const cpu: Record<string, number> = {};
    console.log(
      `load ${load}: ${fromMark} → replied ${round(((mark('replied') ?? NaN) - from) / 1000, 1)} ms, ` +
        `${fromMark} → highlighted ${round((drawn - from) / 1000, 1)} ms`,
    );
    const tasks = topLevel(events).filter((e) => e.ts + (e.dur ?? 0) > from && e.ts < to);
    for (const e of tasks) {
      const label = names.get(`${e.pid}:${e.tid}`);
      if (!label) continue;
      cpu[label] = (cpu[label] ?? 0) + (e.tdur ?? 0) / 1000;
      if ((e.dur ?? 0) / 1000 < MIN_TASK_MS) continue;
      console.log(
        `  +${round((e.ts - from) / 1000, 1)
          .toFixed(1)
          .padStart(6)} ms  ${label.padEnd(9)} wall ${round((e.dur ?? 0) / 1000, 1)
          .toFixed(1)
          .padStart(5)}  cpu ${round((e.tdur ?? 0) / 1000, 1)
          .toFixed(1)
          .padStart(5)}  ${e.name === 'RunMicrotasks' ? 'microtasks' : (e.args?.src_func ?? '')}`,
      );
    }
    console.log(
      `  CPU in the window: ${Object.entries(cpu)
        .map(([label, ms]) => `${label} ${round(ms, 1)} ms`)
        .join(', ')}`,
    );
  }
} finally {
  await context.close();
  await server.close();
}
