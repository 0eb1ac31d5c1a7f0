import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { SidePanel } from './side-panel';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The built Chrome extension (npm run build). */
export const EXTENSION_PATH = path.resolve(here, '../../.output/chrome-mv3');

/** One network request seen in an extension context. */
export interface ExtensionRequest {
  url: string;
  from: string;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request made by the extension's own contexts (worker, pages, panel) during the test. */
  extensionRequests: ExtensionRequest[];
  /** Opens the real side panel for the page's tab, as a toolbar click would. */
  openSidePanel: (pageUrlPart: string) => Promise<SidePanel>;
}

/**
 * Launches Chromium with the built extension, as the notes in shared/notes describe; `hosts` are
 * extra host names resolved to 127.0.0.1 (pages served under a real outlet's name).
 */
export async function launchWithExtension(
  hosts: readonly string[] = [],
  { backForwardCache = false }: { backForwardCache?: boolean } = {},
): Promise<BrowserContext> {
  const maps = hosts.map((host) => `MAP ${host} 127.0.0.1 , `).join('');
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Playwright turns the back/forward cache off; a reader's browser has it on.
    ...(backForwardCache && { ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      `--host-resolver-rules=${maps}MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost`,
      '--enable-unsafe-extension-debugging',
    ],
  });
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  extensionRequests: async ({ context }, use) => {
    const seen: ExtensionRequest[] = [];
    context.on('request', (request) => {
      let from: string;
      try {
        from = request.serviceWorker()?.url() ?? request.frame().url();
      } catch {
        // A navigation request of a tab opened by a link has no frame yet: its opener is a page.
        from = request.url();
      }
      if (from.startsWith('chrome-extension://')) seen.push({ url: request.url(), from });
    });
    await use(seen);
  },
  openSidePanel: async ({ context, extensionId, extensionRequests }, use) => {
    const panels: SidePanel[] = [];
    await use(async (pageUrlPart) => {
      const panel = await SidePanel.open(context, extensionId, pageUrlPart, extensionRequests);
      panels.push(panel);
      return panel;
    });
    for (const p of panels) await p.detach();
  },
});

export const expect = test.expect;
