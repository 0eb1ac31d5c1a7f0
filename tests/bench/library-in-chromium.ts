import type { BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { benchLibrary } from './bench-library';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Runs bench-library.ts inside an extension page (the origin whose IndexedDB the library uses),
 * bundled with esbuild (the bundler tsx already ships), so Dexie talks to Chromium's IndexedDB.
 */
export async function benchLibraryInChromium(
  context: BrowserContext,
  extensionId: string,
  runs: number,
): Promise<Awaited<ReturnType<typeof benchLibrary>> & { indexedDb: string }> {
  const bundle = await build({
    entryPoints: [path.join(here, 'bench-library.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SourcelightBench',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(
    `${bundle.outputFiles[0]!.text};globalThis.SourcelightBench = SourcelightBench;`,
  );
  const result = await page.evaluate(
    (n) =>
      (
        globalThis as unknown as { SourcelightBench: { benchLibrary: typeof benchLibrary } }
      ).SourcelightBench.benchLibrary(n),
    runs,
  );
  await page.close();
  return { ...result, indexedDb: 'Chromium IndexedDB, in the extension’s options page' };
}
