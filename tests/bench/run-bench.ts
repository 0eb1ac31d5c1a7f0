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
import { benchPage, PAGE_PATHS } from './bench-page';
import { benchPanel } from './bench-panel';
import { benchSize } from './bench-size';
import { checkBudgets } from './budgets';
import { BENCH_OUT, buildExtension, buildProfilingExtension } from './build-extension';
import { serveFixtures } from './fixture-server';
import { formatTables } from './format-table';
import { generateArticle } from './generate-article';
import { articlePage, listingPage } from './generate-pages';
import { launchBrowser } from './launch-browser';
import { benchLibraryInChromium } from './library-in-chromium';
import { describeMachine } from './machine';
import { profilePage } from './profile-page';

const SECTIONS = [
  'engine',
  'adversarial',
  'page',
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
      `usage: run-bench [--json] [--runs N] [--only ${SECTIONS.join(',')}] [--profile]`,
    );
  }
  const profile = argv.includes('--profile');
  return { json: argv.includes('--json'), runs, only: new Set(only as Section[]), profile };
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
  await section('adversarial', () => benchAdversarial(Math.min(args.runs, 3)));

  let chromium: string | null = null;
  if (['page', 'panel', 'library', 'size', 'factchecks'].some((s) => args.only.has(s as Section))) {
    log('building the extension into .bench/build…');
    const built = buildExtension();
    await section('size', () => benchSize(built.extensionPath, built.zipPath));
    const server = await serveFixtures({
      '/blank.html': '<!doctype html><title>blank</title>',
      [PAGE_PATHS.article2k]: articlePage(generateArticle(2_000)),
      [PAGE_PATHS.article50k]: articlePage(generateArticle(50_000)),
      [PAGE_PATHS.listing]: listingPage(5_000, false),
      [PAGE_PATHS.listingInMain]: listingPage(5_000, true),
    });
    const { context, extensionId, version } = await launchBrowser(built.extensionPath);
    chromium = version;
    try {
      await section('page', () => benchPage(context, server.origin, extensionId, args.runs));
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
    adversarial: Math.min(args.runs, 3),
    page: args.runs,
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
