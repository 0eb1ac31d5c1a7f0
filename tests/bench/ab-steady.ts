/**
 * Builds compared on the animating pages (`page.steadyOverheadPct`, README issue 18): each build's
 * Chromium runs the steady bench on the news page and the all-in-view page in turn, round after
 * round, so that a change in the machine's load hits every build alike.
 *
 *   npx tsx tests/bench/ab-steady.ts <build A> <build B> [<build C> …] [rounds]
 */
import type { BrowserContext } from '@playwright/test';
import { benchSteady } from './bench-steady';
import { buildArgs, buildLabel } from './build-args';
import { serveFixtures } from './fixture-server';
import { launchBrowser } from './launch-browser';
import { round } from './stats';
import { steadyPage } from './steady-page';

const { dirs, rounds } = buildArgs(
  process.argv.slice(2),
  'ab-steady.ts <build A> <build B> [<build C> …] [rounds]',
  3,
);
const PAGES = { steady: steadyPage('news'), steadyAllInView: steadyPage('compact') };
const server = await serveFixtures(
  Object.fromEntries(Object.entries(PAGES).map(([name, html]) => [`/${name}.html`, html])),
);
const contexts: BrowserContext[] = [];
for (const dir of dirs) contexts.push((await launchBrowser(dir)).context);

const figures = new Map<string, number[]>();
for (let r = 0; r < rounds; r++) {
  for (const [i, context] of contexts.entries()) {
    for (const name of Object.keys(PAGES)) {
      const { overheadPct } = await benchSteady(context, `${server.origin}/${name}.html`, 4);
      const key = `${buildLabel(i)} ${name}`;
      figures.set(key, [...(figures.get(key) ?? []), overheadPct]);
    }
  }
  console.error(`round ${r + 1} of ${rounds} done`);
}
for (const context of contexts) await context.close();
await server.close();
for (const [i, dir] of dirs.entries()) console.log(`${buildLabel(i)}: ${dir}`);
for (const [key, list] of figures) {
  const mean = list.reduce((a, b) => a + b, 0) / list.length;
  console.log(`${key}: % of a core, each round ${list.join(', ')}; mean ${round(mean)}`);
}
