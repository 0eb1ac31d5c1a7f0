/**
 * What Sourcelight adds to a site's first page (README, issue 18, twelfth session): each saved real
 * page is loaded, in turn, by a Chromium without the extension and by one with the given build,
 * every load on a host name of its own (`*.test`, mapped to the fixture server), straight from a new
 * tab. Each load is then a new site in a new renderer process, with nothing compiled there before,
 * as when a reader opens a page of a site they have not had open. `realPages` and `ab-real-pages.ts`
 * start each load from a blank page of the same site instead (`blank-tab.ts`), on which the content
 * script has already run and been compiled in that process. A new process has counters of its own,
 * so the time is read from a trace (browser-wide): the CPU time (`tdur`) of the top-level tasks on
 * the main thread of the renderer that parsed the page, from navigation to the load event + 3 s.
 *
 * Given several builds, each page is loaded by each of them in turn, round by round, so that builds
 * are compared under the same load of the machine (runs made at different times differ by several
 * percentage points).
 *
 *   npx wxt build -c tests/bench/wxt.bench-reader.config.ts
 *   npx tsx tests/bench/fresh-site-cost.ts [build dir …] [rounds] [--all]
 */
import type { BrowserContext } from '@playwright/test';
import { listRealPages, REAL_PAGE_DIRS } from './bench-real-pages';
import { serveFixtures } from './fixture-server';
import { launchBrowser, launchPlainBrowser } from './launch-browser';
import { median, round } from './stats';
import { freshSiteOrigins, parserThreadOf, TOP_LEVEL_TASK, tracedLoad } from './traced-load';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const numeric = (arg: string) => /^\d+$/.test(arg);
const builds = args.filter((arg) => !numeric(arg));
if (!builds.length) builds.push('.bench/build-reader/chrome-mv3');
const rounds = Number(args.find(numeric) ?? 2);
const server = await serveFixtures({}, REAL_PAGE_DIRS);
const freshOrigin = freshSiteOrigins(server.origin);
const arms = new Map<string, BrowserContext>([['plain', await launchPlainBrowser()]]);
for (const build of builds) arms.set(build, (await launchBrowser(build)).context);

/** Main-thread CPU ms of one load of `path` on a host name never used before. */
async function cpuOfFreshLoad(context: BrowserContext, path: string): Promise<number | null> {
  const page = await context.newPage();
  try {
    const url = freshOrigin() + path;
    const events = await tracedLoad(page, url, ['toplevel', 'devtools.timeline']);
    const parse = parserThreadOf(events, (u) => u === url);
    if (!parse) return null;
    // Top-level tasks only: a task nested in another (a nested run loop) is counted by its parent.
    const tasks = events
      .filter(
        (e) =>
          e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && TOP_LEVEL_TASK.test(e.name),
      )
      .sort((a, b) => a.ts - b.ts);
    let end = 0;
    let cpu = 0;
    for (const task of tasks) {
      if (task.ts < end) continue;
      end = task.ts + (task.dur ?? 0);
      cpu += task.tdur ?? task.dur ?? 0;
    }
    return cpu / 1000;
  } finally {
    await page.close();
  }
}

const urls = listRealPages(process.argv.includes('--all'));
const names = [...arms.keys()];
const cpu = new Map(urls.map((url) => [url, new Map(names.map((name) => [name, [] as number[]]))]));
for (let r = 0; r < rounds; r++) {
  for (const url of urls) {
    // The arms' order turns each round, so a change in the machine's load hits each alike.
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + r) % names.length]!;
      const ms = await cpuOfFreshLoad(arms.get(name)!, url);
      if (ms !== null) cpu.get(url)!.get(name)!.push(ms);
    }
  }
  console.error(`round ${r + 1} of ${rounds} done`);
}
for (const context of arms.values()) await context.close();
await server.close();

for (const build of builds) {
  let own = 0;
  let added = 0;
  const perPage: number[] = [];
  const over: string[] = [];
  for (const [url, runs] of cpu) {
    const plain = runs.get('plain')!;
    const extension = runs.get(build)!;
    if (!plain.length || !extension.length) continue;
    const p = median(plain);
    const e = median(extension);
    own += p;
    added += e - p;
    perPage.push(e - p);
    if (e - p > 50) over.push(url);
    console.log(
      `${build}: ${url.replace(/^\/corpora\//, '')}: own ${round(p, 1)} ms, added ${round(e - p, 1)} ms`,
    );
  }
  console.log(
    `${build}: ${perPage.length} pages, ${rounds} loads each, each a new site: added CPU over the pages' own ` +
      `${round((100 * added) / own, 1)} % (Σ own ${round(own, 0)} ms, Σ added ${round(added, 0)} ms), ` +
      `median added ${round(median(perPage), 1)} ms a page, most ${round(Math.max(...perPage), 1)} ms; ` +
      `over +50 ms: ${over.length ? over.join(', ') : 'none'}`,
  );
}
