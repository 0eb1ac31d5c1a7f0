/**
 * `npm run bench [-- --json] [--runs N] [--only engine,…,size] [--profile]`: the figures and
 * budgets of issue 6; --profile also profiles each page on an unminified build (.bench/profiles). With --json, stdout carries exactly one JSON object; all
 * progress goes to stderr. The same JSON is written to .bench/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchAdversarial } from './bench-adversarial';
import { benchEngine } from './bench-engine';
import { benchFactChecks } from './bench-factchecks';
import { benchModel } from './bench-model';
import { benchPage, PAGE_PATHS } from './bench-page';
import { benchPanel } from './bench-panel';
import { benchRealPages, listRealPages, REAL_PAGE_DIRS } from './bench-real-pages';
import { benchSize } from './bench-size';
import { benchSteady } from './bench-steady';
import { checkBudgets } from './budgets';
import {
  BENCH_OUT,
  buildExtension,
  buildProfilingExtension,
  buildReaderExtension,
} from './build-extension';
import { serveFixtures } from './fixture-server';
import { formatTables } from './format-table';
import { generateArticle } from './generate-article';
import { articlePage, listingPage } from './generate-pages';
import { launchBrowser, launchPlainBrowser } from './launch-browser';
import { benchLibraryInChromium } from './library-in-chromium';
import { describeMachine } from './machine';
import { profilePage } from './profile-page';
import { steadyPage } from './steady-page';
import { BLANK_PAGE } from './blank-tab';

const SECTIONS = [
  'engine',
  'model',
  'adversarial',
  'page',
  'steady',
  'realPages',
  'panel',
  'library',
  'size',
  'factchecks',
] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: string[]) {
  const value = (flag: string) => argv[argv.indexOf(flag) + 1];
  const only = argv.includes('--only') ? (value('--only') ?? '').split(',') : [...SECTIONS];
  const runs = argv.includes('--runs') ? Number(value('--runs')) : 5;
  if (!Number.isInteger(runs) || runs < 1 || only.some((s) => !SECTIONS.includes(s as Section))) {
    throw new Error(
      `usage: run-bench [--json] [--runs N] [--only ${SECTIONS.join(',')}] [--profile] [--real-pages all]`,
    );
  }
  const profile = argv.includes('--profile');
  // Real pages: every 6th of the saved pages by default (a few minutes); `--real-pages all`.
  const allRealPages = argv.includes('--real-pages') && value('--real-pages') === 'all';
  return {
    json: argv.includes('--json'),
    runs,
    only: new Set(only as Section[]),
    profile,
    allRealPages,
  };
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** Named hot functions per page, from an unminified build in a browser of its own. */
async function profilePages(origin: string) {
  log('profiling the pages on an unminified build…');
  const dir = path.join(path.dirname(BENCH_OUT), 'profiles');
  mkdirSync(dir, { recursive: true });
  const { context, extensionId } = await launchBrowser(buildProfilingExtension());
  const pages: Record<string, unknown> = {};
  try {
    for (const [name, url] of Object.entries(PAGE_PATHS)) {
      const saveTo = path.join(dir, `${name}.cpuprofile`);
      pages[name] = await profilePage(context, origin, origin + url, extensionId, saveTo);
    }
  } finally {
    await context.close();
  }
  return { profiles: dir, pages };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // Keep stdout for the result alone: anything a dependency logs goes to stderr.
  console.log = console.info = (...parts: unknown[]) => log(parts.map(String).join(' '));
  const result: Record<string, unknown> = { schema: 1, date: new Date().toISOString() };
  const errors: Record<string, string> = {};
  const section = async (name: Section, fn: () => unknown) => {
    if (!args.only.has(name)) return;
    log(`${name}…`);
    try {
      result[name] = await fn();
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
      log(`${name} failed: ${errors[name]}`);
    }
  };
  await section('engine', () => benchEngine(Math.max(args.runs, 7)));
  await section('model', () => benchModel(Math.max(args.runs, 7)));
  await section('adversarial', () => benchAdversarial(Math.min(args.runs, 3)));

  let chromium: string | null = null;
  if (
    ['page', 'steady', 'realPages', 'panel', 'library', 'size', 'factchecks'].some((s) =>
      args.only.has(s as Section),
    )
  ) {
    log('building the extension into .bench/build…');
    const built = buildExtension();
    await section('size', () => benchSize(built.extensionPath, built.zipPath));
    const server = await serveFixtures(
      {
        ...BLANK_PAGE,
        [PAGE_PATHS.article2k]: articlePage(generateArticle(2_000)),
        [PAGE_PATHS.article50k]: articlePage(generateArticle(50_000)),
        [PAGE_PATHS.listing]: listingPage(5_000, false),
        [PAGE_PATHS.listingInMain]: listingPage(5_000, true),
        '/steady.html': steadyPage('news'),
        '/steady-compact.html': steadyPage('compact'),
      },
      REAL_PAGE_DIRS,
    );
    const { context, extensionId, version } = await launchBrowser(built.extensionPath);
    chromium = version;
    try {
      await section('page', () => benchPage(context, server.origin, extensionId, args.runs));
      // page.steadyOverheadPct: issue 18's steady-state figure, reported with the page figures.
      await section('steady', async () => {
        const news = await benchSteady(context, `${server.origin}/steady.html`, args.runs);
        const compact = await benchSteady(
          context,
          `${server.origin}/steady-compact.html`,
          args.runs,
        );
        result.page = {
          ...(result.page as object),
          steadyOverheadPct: news.overheadPct,
          steady: news,
          steadyAllInView: compact,
        };
        return undefined;
      });
      await section('realPages', async () => {
        // What the reader installs: the bench's own marks are left out of this build.
        log('building the reader’s build into .bench/build-reader…');
        const reader = await launchBrowser(buildReaderExtension());
        const plain = await launchPlainBrowser();
        try {
          const pages = listRealPages(args.allRealPages);
          return await benchRealPages(
            plain,
            reader.context,
            server.origin,
            pages,
            Math.min(args.runs, 2),
            log,
          );
        } finally {
          await plain.close();
          await reader.context.close();
        }
      });
      const article = server.origin + PAGE_PATHS.article2k;
      await section('panel', () => benchPanel(context, extensionId, article, args.runs));
      await section('library', () => benchLibraryInChromium(context, extensionId, args.runs));
      await section('factchecks', () => benchFactChecks(context, extensionId, args.runs));
    } finally {
      await context.close();
    }
    if (args.profile) result.profile = await profilePages(server.origin);
    await server.close();
  }
  result.machine = describeMachine(chromium);
  result.runs = {
    engine: Math.max(args.runs, 7),
    model: Math.max(args.runs, 7),
    adversarial: Math.min(args.runs, 3),
    page: args.runs,
    steady: args.runs,
    realPages: Math.min(args.runs, 2),
    panel: args.runs,
    libraryWarm: Math.max(args.runs, 15),
    libraryCold: Math.min(args.runs, 3),
  };
  result.budgets = checkBudgets(result);
  if (Object.keys(errors).length) result.errors = errors;
  const json = JSON.stringify(result, null, 2);
  mkdirSync(path.dirname(BENCH_OUT), { recursive: true });
  writeFileSync(path.join(path.dirname(BENCH_OUT), 'latest.json'), `${json}\n`);
  process.stdout.write(
    args.json ? `${json}\n` : formatTables(result as unknown as Parameters<typeof formatTables>[0]),
  );
  if (Object.keys(errors).length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
