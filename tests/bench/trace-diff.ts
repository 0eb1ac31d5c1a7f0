/**
 * What the extension adds to one real page, by kind of main-thread work (README, issue 18): the page
 * is loaded in turn by a Chromium without the extension and one with the given build, each load
 * traced (`devtools.timeline`) from navigation to the load event + 3 s; each trace event's self
 * time (its duration less its children's) on the page's main thread is summed by event name, and
 * the medians of the loads are compared. Rendering work inside a script's call (a layout forced by
 * reading geometry) is named apart, "(forced)". This is how the tenth and eleventh sessions found
 * that the highlight stylesheet's unscoped rules made every style recalculation of a page dearer.
 * TRACE_CATEGORIES=toplevel,blink,v8.execute,disabled-by-default-v8.compile,… splits the tasks'
 * own time further (microtasks, V8's lazy compiling, the isolated world's creation).
 *
 *   npx wxt build -c tests/bench/wxt.bench.config.ts
 * `--fresh-site` loads each time on a host name of its own straight from a new tab, so each load is
 * a new site in a new renderer process, with nothing of the content script compiled there before
 * (as `fresh-site-cost.ts`); by default each load starts from a blank page of the same site.
 *
 *   npx wxt build -c tests/bench/wxt.bench.config.ts
 *   npx tsx tests/bench/trace-diff.ts /corpora/extraction/pages/NAME.html [loads] [.bench/build/chrome-mv3] [--fresh-site] [--by-origin]
 * `--by-origin` names each top-level task's own time by the code that posted it (the trace's
 * `src_func`: an IPC message's arrival, a frame, the parser), to say whose tasks grew.
 */
import type { BrowserContext } from '@playwright/test';
import { REAL_PAGE_DIRS } from './bench-real-pages';
import { serveFixtures } from './fixture-server';
import { launchBrowser, launchPlainBrowser } from './launch-browser';
import { median, round } from './stats';
import { BLANK_PAGE, blankTab } from './blank-tab';
import {
  freshSiteOrigins,
  parserThreadOf,
  TOP_LEVEL_TASK,
  tracedLoad,
  type TraceEvent,
} from './traced-load';

/** What is traced: DevTools' timeline and V8 by default; TRACE_CATEGORIES (comma-separated) adds more. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  ...(process.env.TRACE_CATEGORIES?.split(',') ?? []),
];

/** Trace events that run script, and the rendering work a script's call can force. */
const SCRIPT =
  /^(?:v8\.(?:callFunction|run)|FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch)$/;
const RENDERING = /^(?:Layout|UpdateLayoutTree|PrePaint|Paint)$/;

const freshSite = process.argv.includes('--fresh-site');
/** `--by-origin`: a top-level task's own time is named by where it was posted from (its `src_func`). */
const byOrigin = process.argv.includes('--by-origin');
const [url, loadsArg, build = '.bench/build/chrome-mv3'] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'));
if (!url?.startsWith('/'))
  throw new Error('usage: trace-diff.ts <path of a saved page> [loads] [build dir]');
const loads = Number(loadsArg ?? 5);
const server = await serveFixtures(BLANK_PAGE, REAL_PAGE_DIRS);
const arms: Record<string, BrowserContext> = {
  plain: await launchPlainBrowser(),
  extension: (await launchBrowser(build)).context,
};

const freshOrigin = freshSiteOrigins(server.origin);

/** The events of one traced load of `url` in a fresh tab (on a new site with `--fresh-site`). */
async function traceLoad(context: BrowserContext): Promise<TraceEvent[]> {
  const page = freshSite ? await context.newPage() : await blankTab(context, server.origin);
  const origin = freshSite ? freshOrigin() : server.origin;
  try {
    return await tracedLoad(page, origin + url, CATEGORIES);
  } finally {
    await page.close();
  }
}

/** Self time (ms) by event name on the main thread of the renderer that parsed the page. */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const parse = parserThreadOf(events, (u) => u.endsWith(url!));
  const byName = new Map<string, number>();
  if (!parse) return byName;
  const slices = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // A stack of open slices: each slice's duration is taken off its parent's self time. Work the
  // renderer does inside a script's call (a layout forced by reading geometry) is named apart.
  const open: { end: number; name: string; script: boolean }[] = [];
  for (const slice of slices) {
    while (open.length && open.at(-1)!.end <= slice.ts) open.pop();
    const parent = open.at(-1);
    const script = SCRIPT.test(slice.name) || (parent?.script ?? false);
    const posted = slice.args?.src_func;
    const name =
      parent?.script && RENDERING.test(slice.name)
        ? `${slice.name} (forced)`
        : byOrigin && TOP_LEVEL_TASK.test(slice.name) && typeof posted === 'string'
          ? `${slice.name} ← ${posted}`
          : slice.name;
    if (parent) byName.set(parent.name, (byName.get(parent.name) ?? 0) - slice.dur! / 1000);
    byName.set(name, (byName.get(name) ?? 0) + slice.dur! / 1000);
    open.push({ end: slice.ts + slice.dur!, name, script });
  }
  return byName;
}

const times: Record<string, Map<string, number>[]> = { plain: [], extension: [] };
for (let i = 0; i < loads; i++) {
  // Alternated, so a change in the machine's load hits both alike.
  for (const arm of i % 2 ? ['extension', 'plain'] : ['plain', 'extension'])
    times[arm]!.push(selfTimes(await traceLoad(arms[arm]!)));
}
for (const context of Object.values(arms)) await context.close();
await server.close();

const names = new Set(Object.values(times).flatMap((runs) => runs.flatMap((m) => [...m.keys()])));
const medianOf = (arm: string, name: string) => median(times[arm]!.map((m) => m.get(name) ?? 0));
const rows = [...names]
  .map((name) => ({ name, plain: medianOf('plain', name), extension: medianOf('extension', name) }))
  .map((row) => ({ ...row, added: row.extension - row.plain }))
  .filter((row) => Math.abs(row.added) >= 0.5)
  .sort((a, b) => b.added - a.added);
const total = (arm: string) =>
  median(times[arm]!.map((m) => [...m.values()].reduce((s, v) => s + v, 0)));
console.log(`${url}: ${loads} loads each; main thread, traced self time (median ms)`);
for (const row of rows)
  console.log(
    `${row.name.padEnd(40)} plain ${String(round(row.plain, 1)).padStart(7)}  extension ${String(round(row.extension, 1)).padStart(7)}  added ${round(row.added, 1)}`,
  );
console.log(
  `${'all events'.padEnd(40)} plain ${round(total('plain'), 1)}  extension ${round(total('extension'), 1)}`,
);
