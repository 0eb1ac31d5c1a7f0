import { chromium, type BrowserContext } from '@playwright/test';

/** Chromium with the bench's build of the extension, launched as tests/e2e/fixtures.ts does. */
export async function launchBrowser(
  extensionPath: string,
): Promise<{ context: BrowserContext; extensionId: string; version: string }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
      '--enable-unsafe-extension-debugging',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const version =
    context.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent));
  return { context, extensionId: new URL(worker.url()).host, version };
}
