import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the bench builds the extension (its own folder, so it never races `.output/`). */
export const BENCH_OUT = path.join(root, '.bench/build');
export const BENCH_EXTENSION = path.join(BENCH_OUT, 'chrome-mv3');

/**
 * Builds (or builds and zips) the Chrome extension with a config of tests/bench into `dir`, emptied
 * first; the build's folder. Build logs go to stderr.
 */
function buildWith(config: string, dir: string, command: 'build' | 'zip' = 'build'): string {
  const out = path.join(root, dir);
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync('npx', ['wxt', command, '-c', config, '--level', 'warn'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error(`wxt ${command} failed with status ${result.status}`);
  return path.join(out, 'chrome-mv3');
}

/** An unminified build of the same sources, for named CPU profiles (`--profile`). */
export const buildProfilingExtension = (): string =>
  buildWith('tests/bench/wxt.bench-profile.config.ts', '.bench/build-profile');

/** The reader's build (no bench marks), for what real pages pay (`realPages`). */
export const buildReaderExtension = (): string =>
  buildWith('tests/bench/wxt.bench-reader.config.ts', '.bench/build-reader');

/** Builds and zips the Chrome extension from the current sources; build logs go to stderr. */
export function buildExtension(): { extensionPath: string; zipPath: string } {
  buildWith('tests/bench/wxt.bench.config.ts', path.relative(root, BENCH_OUT), 'zip');
  const zip = readdirSync(BENCH_OUT).find((name) => name.endsWith('-chrome.zip'));
  if (!zip) throw new Error(`no *-chrome.zip in ${BENCH_OUT}`);
  return { extensionPath: BENCH_EXTENSION, zipPath: path.join(BENCH_OUT, zip) };
}
