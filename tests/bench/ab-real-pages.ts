/**
 * Two builds of the extension compared on the real pages, for checking one change on a shared
 * machine (README, issue 18): each page is loaded by a Chromium with build A, one with build B and
 * (with --plain) one without the extension, in turn, round after round, so that a change in the
 * machine's load hits all of them alike. Main-thread CPU (CDP ThreadTime) from navigation to the
 * load event + 3 s, the median of the rounds per page.
 *
 *   npx wxt build -c tests/bench/wxt.bench.config.ts && cp -r .bench/build/chrome-mv3 .bench/ab-A
 *   (change the code, build again into .bench/ab-B)
 *   npx tsx tests/bench/ab-real-pages.ts .bench/ab-A .bench/ab-B [.bench/ab-C …] [rounds] [--plain] [--all]
 */
import type { BrowserContext } from '@playwright/test';
import { listRealPages, REAL_PAGE_DIRS } from './bench-real-pages';
import { buildArgs, buildLabel } from './build-args';
import { serveFixtures } from './fixture-server';
import { launchBrowser, launchPlainBrowser } from './launch-browser';
import { mainThreadTime } from './main-thread-time';
import { median, round } from './stats';
import { BLANK_PAGE, blankTab } from './blank-tab';

/** A, B, C… for the builds given, then `plain` (no extension) with --plain. */
type Arm = string;

const { dirs, rounds } = buildArgs(
  process.argv.slice(2),
  'ab-real-pages.ts <build A> <build B> [<build C> …] [rounds] [--plain]',
  2,
);
const server = await serveFixtures(BLANK_PAGE, REAL_PAGE_DIRS);
const builds = dirs.map((_, i) => buildLabel(i));
const browsers: Record<Arm, BrowserContext> = {};
for (const [i, dir] of dirs.entries()) browsers[builds[i]!] = (await launchBrowser(dir)).context;
if (process.argv.includes('--plain')) browsers.plain = await launchPlainBrowser();

/** Main-thread CPU ms of one load of `url` in a fresh tab (as bench-real-pages.ts measures it). */
async function cpuOfLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await blankTab(context, server.origin);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await mainThreadTime(cdp);
    await page.goto(server.origin + url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForTimeout(3000);
    return (await mainThreadTime(cdp)).cpuMs - before.cpuMs;
  } finally {
    await page.close();
  }
}

const urls = listRealPages(process.argv.includes('--all'));
const arms = Object.keys(browsers);
const cpu = new Map(
  urls.map((url) => [url, Object.fromEntries(arms.map((arm) => [arm, [] as number[]]))]),
);
for (let r = 0; r < rounds; r++) {
  for (const url of urls) {
    // A different arm goes first each round.
    const order = arms.map((_, i) => arms[(i + r) % arms.length]!);
    for (const arm of order) cpu.get(url)![arm]!.push(await cpuOfLoad(browsers[arm]!, url));
  }
  console.error(`round ${r + 1} of ${rounds} done`);
}

const sum = Object.fromEntries(arms.map((arm) => [arm, 0]));
const diffs = new Map(builds.slice(1).map((arm) => [arm, [] as number[]]));
for (const url of urls) {
  const m = (arm: Arm) => (cpu.get(url)![arm]!.length ? median(cpu.get(url)![arm]!) : 0);
  for (const arm of arms) sum[arm]! += m(arm);
  for (const [arm, list] of diffs) list.push(m(arm) - m('A'));
  const figures = arms.map((arm) => `${arm} ${round(m(arm), 1)}`).join(' ');
  console.log(`${url.replace(/^\/corpora\//, '')}: ${figures}`);
}
for (const [arm, list] of diffs) {
  console.log(
    `Σ A ${round(sum.A!, 0)} ms, Σ ${arm} ${round(sum[arm]!, 0)} ms, Σ(${arm}−A) ${round(sum[arm]! - sum.A!, 0)} ms; ` +
      `per page ${arm}−A median ${round(median(list), 1)}, from ${round(Math.min(...list), 1)} to ${round(Math.max(...list), 1)}`,
  );
}
if (browsers.plain) {
  const ratio = (arm: Arm) => `${arm} ${round((100 * (sum[arm]! - sum.plain!)) / sum.plain!, 1)} %`;
  console.log(`added CPU over the pages' own (Σ): ${builds.map(ratio).join(', ')}`);
}
for (const context of Object.values(browsers)) await context.close();
await server.close();
