import { chromium, type BrowserContext } from '@playwright/test';

// No network beyond the local fixture server: saved real pages' remote resources fail fast.
// `*.test` names reach the fixture server too, a site per name (fresh-site-cost.ts).
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP *.test 127.0.0.1 , MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];
const launch = (args: string[]) =>
  chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...args, ...FLAGS],
  });

/** The same Chromium with the same flags and no extension: the baseline of "what the page costs". */
export function launchPlainBrowser(): Promise<BrowserContext> {
  return launch([]);
}

/** Chromium with the bench's build of the extension, launched as tests/e2e/fixtures.ts does. */
export async function launchBrowser(
  extensionPath: string,
): Promise<{ context: BrowserContext; extensionId: string; version: string }> {
  const context = await launch([
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--enable-unsafe-extension-debugging',
  ]);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const version =
    context.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent));
  return { context, extensionId: new URL(worker.url()).host, version };
}
