import type { BrowserContext, Worker } from '@playwright/test';
import { median, round } from './stats';
import { waitForDone } from './wait-for-mark';

declare const chrome: typeof import('wxt/browser').browser;
declare global {
  interface Window {
    __benchClaimsAt?: number;
  }
}

/** The id of the tab the background holds an analysed report for (its state in storage.session). */
export async function analysedTabId(worker: Worker, url: string): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = await worker.evaluate(async (u) => {
      const states = Object.values(await chrome.storage.session.get(null)) as {
        tabId?: number;
        report?: { url?: string; status?: string };
      }[];
      const state = states.find((s) => s.report?.url === u && s.report.status === 'article');
      return state?.tabId ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the background has no analysed report for ${url}`);
}

/**
 * Opens sidepanel.html?tabId=… for an analysed tab `runs` times and measures navigation start →
 * first `[data-testid="claims"]` with content (a MutationObserver installed before the app runs).
 */
export async function benchPanel(
  context: BrowserContext,
  extensionId: string,
  articleUrl: string,
  runs: number,
) {
  const article = await context.newPage();
  await article.goto(articleUrl);
  await waitForDone(article);
  const [worker] = context.serviceWorkers();
  const tabId = await analysedTabId(
    worker ?? (await context.waitForEvent('serviceworker')),
    articleUrl,
  );
  const times: number[] = [];
  for (let run = -1; run < runs; run++) {
    const panel = await context.newPage();
    // No named functions inside: tsx would wrap them in a `__name` helper the page lacks.
    await panel.addInitScript(() => {
      new MutationObserver(() => {
        const claims = document.querySelector('[data-testid="claims"]');
        if (window.__benchClaimsAt === undefined && claims?.textContent?.trim()) {
          window.__benchClaimsAt = performance.now();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForFunction(() => window.__benchClaimsAt !== undefined, null, {
      timeout: 20_000,
    });
    const ms = await panel.evaluate(() => window.__benchClaimsAt!);
    if (run >= 0) times.push(ms);
    await panel.close();
  }
  await article.close();
  return {
    firstRenderMs: round(median(times)),
    timesMs: times.map((t) => round(t)),
    method:
      'median over fresh tabs (after one warm-up) of performance.now() when the claims section first has text',
  };
}
