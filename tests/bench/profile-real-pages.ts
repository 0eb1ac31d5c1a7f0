/**
 * What the extension's own JavaScript costs the real pages, and when it runs (README, issue 18):
 * each saved real page of the bench is loaded `loads` times with an unminified build while V8's
 * sampling profiler runs (100 µs), from navigation to the load event + 3 s. Prints the time inside
 * the extension's files a load, per page, by entry (the outermost frame of ours: which task), by
 * self time, and how much of it falls in the last 2.5 s (once the page has settled).
 *
 *   npx wxt build -c tests/bench/wxt.bench-profile.config.ts
 *   npx tsx tests/bench/profile-real-pages.ts [.bench/build-profile/chrome-mv3] [loads]
 *
 * Sampling slows cold code, so these figures are higher than the bench marks' (`page-phases.ts`);
 * compare builds with the same tool, not with those.
 */
import { listRealPages, REAL_PAGE_DIRS } from './bench-real-pages';
import { BLANK_PAGE, blankTab } from './blank-tab';
import { summarizeByEntry, summarizeProfile, type CpuProfile } from './cpu-profile';
import { serveFixtures } from './fixture-server';
import { launchBrowser } from './launch-browser';

const dir = process.argv[2] ?? '.bench/build-profile/chrome-mv3';
const loads = Number(process.argv[3] ?? 2);
const TAIL_MS = 2_500;

const server = await serveFixtures(BLANK_PAGE, REAL_PAGE_DIRS);
const { context, extensionId } = await launchBrowser(dir);
const add = (into: Map<string, number>, key: string, ms: number) =>
  into.set(key, (into.get(key) ?? 0) + ms);
const entries = new Map<string, number>();
const self = new Map<string, number>();
let total = 0;
let tail = 0;
let n = 0;
try {
  for (const url of listRealPages(false)) {
    let pageMs = 0;
    for (let i = 0; i < loads; i++) {
      const page = await blankTab(context, server.origin);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(server.origin + url, { waitUntil: 'load' });
      await page.waitForTimeout(3_000);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await page.close();
      const byEntry = summarizeByEntry(profile, extensionId, TAIL_MS);
      for (const [key, ms] of byEntry.entries) add(entries, key, ms);
      for (const { fn, selfMs } of summarizeProfile(profile, extensionId, 1_000).hot)
        add(self, fn, selfMs);
      total += byEntry.totalMs;
      tail += byEntry.tailMs;
      pageMs += byEntry.totalMs;
      n += 1;
    }
    console.log(`${(pageMs / loads).toFixed(1).padStart(6)} ms  ${url}`);
  }
} finally {
  await context.close();
  await server.close();
}
const perLoad = (ms: number) => (ms / n).toFixed(2).padStart(6);
console.log(
  `extension JS a load: ${perLoad(total)} ms (${n} loads); in the last ${TAIL_MS / 1000} s: ${perLoad(tail)} ms`,
);
console.log('by entry (the task it ran in):');
for (const [key, ms] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${perLoad(ms)}  ${key}`);
console.log('by self time:');
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${perLoad(ms)}  ${key}`);
