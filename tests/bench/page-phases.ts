/**
 * Where a real page's own time with Sourcelight goes, step by step (README, issue 18): each saved
 * real page is loaded by a Chromium with the bench's build, and the content script's marks
 * (`benchMark`, which only the bench's builds leave) give the wall time of each step on the page's
 * main thread. The median of the loads per page, then the median and the sum over the pages.
 *
 *   npx wxt build -c tests/bench/wxt.bench.config.ts
 *   npx tsx tests/bench/page-phases.ts [build dir] [rounds] [--all] [--pages] [--synthetic] [--only=REGEX]
 *
 * `--synthetic` loads the bench's generated 2,000- and 50,000-word articles instead (issue 10's
 * `page.ms2k` and `page.ms50k`), each step printed per page.
 *
 * Wall time, not CPU: on a busy machine a step that waits for a core looks longer. `wait` runs off
 * the page (the extension's offscreen document and worker), the others on its main thread.
 */
import { PAGE_PATHS } from './bench-page';
import { listRealPages, REAL_PAGE_DIRS } from './bench-real-pages';
import { serveFixtures } from './fixture-server';
import { generateArticle } from './generate-article';
import { articlePage } from './generate-pages';
import { launchBrowser } from './launch-browser';
import { PAGE_PHASES, phaseDurations } from './page-phase-marks';
import { median, round } from './stats';
import { BLANK_PAGE, blankTab } from './blank-tab';
import { waitForDone } from './wait-for-mark';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const dir = args[0] ?? '.bench/build/chrome-mv3';
const rounds = Number(args[1] ?? 3);
const synthetic = process.argv.includes('--synthetic');
// `--only=REGEX`: only the real pages whose path matches (to time a change on the pages it touches).
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyArg ? new RegExp(onlyArg.slice('--only='.length)) : null;
const server = await serveFixtures(
  {
    ...BLANK_PAGE,
    [PAGE_PATHS.article2k]: articlePage(generateArticle(2_000)),
    [PAGE_PATHS.article50k]: articlePage(generateArticle(50_000)),
  },
  REAL_PAGE_DIRS,
);
const { context } = await launchBrowser(dir);

/** The phases' durations of one load of `url` in a fresh tab, once the script is done. */
async function phasesOfLoad(url: string): Promise<Record<string, number>> {
  const page = await blankTab(context, server.origin);
  try {
    await page.goto(server.origin + url, { waitUntil: 'load', timeout: 30_000 });
    await waitForDone(page, 30_000);
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('sourcelight:'))
        .map((m) => [m.name.slice('sourcelight:'.length), m.startTime] as [string, number]),
    );
    return phaseDurations(new Map(marks));
  } finally {
    await page.close();
  }
}

/** Not a phase: the highlights' time since the page's navigation (`phaseDurations`). */
const SHOWN = {
  name: 'shown',
  what: 'the page’s navigation to highlights (what the reader waits)',
};
const perPhase = new Map([...PAGE_PHASES, SHOWN].map((p) => [p.name, [] as number[]]));
const urls = synthetic
  ? [PAGE_PATHS.article2k, PAGE_PATHS.article50k]
  : listRealPages(process.argv.includes('--all')).filter((url) => !only || only.test(url));
for (const url of urls) {
  const loads: Record<string, number>[] = [];
  for (let r = 0; r < rounds; r++) loads.push(await phasesOfLoad(url));
  const figures: string[] = [];
  for (const { name } of [...PAGE_PHASES, SHOWN]) {
    const values = loads.map((l) => l[name]).filter((v): v is number => v !== undefined);
    // A page that was not an article has no mapping or drawing.
    if (values.length === 0) continue;
    perPhase.get(name)!.push(median(values));
    figures.push(`${name} ${round(median(values), 1)}`);
  }
  if (synthetic || process.argv.includes('--pages'))
    console.log(`${url.replace(/^\/corpora\//, '')}: ${figures.join(' ')}`);
}
await context.close();
await server.close();

console.log(`${rounds} loads a page, ms (wall): median over the pages, sum over the pages`);
for (const { name, what } of [...PAGE_PHASES, SHOWN]) {
  const values = perPhase.get(name)!;
  if (values.length === 0) continue;
  const sum = values.reduce((a, b) => a + b, 0);
  console.log(
    `${name.padEnd(9)} ${String(round(median(values), 2)).padStart(7)} ${String(round(sum, 1)).padStart(8)}  (${values.length} pages) ${what}`,
  );
}
