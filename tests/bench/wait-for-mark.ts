import type { Page } from '@playwright/test';

/**
 * Waits until the page has a performance mark `name` (the content script's `sourcelight:done`,
 * say) without Playwright's own page script: `page.waitForFunction` first evaluates Playwright's
 * injected script in the page, a parse of 20–45 ms on the page's main thread that landed while the
 * content script waited for the extension's answer and was counted as the extension's (`page.ms2k`,
 * `page.longestTaskMs`; README, issue 10). One CDP `Runtime.evaluate` of a few lines instead: a
 * `PerformanceObserver` in the page's world sees the marks the content script's world makes.
 */
export async function waitForMark(page: Page, name: string, timeoutMs = 60_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const expression = `new Promise((resolve) => {
    const name = ${JSON.stringify(name)};
    if (performance.getEntriesByName(name).length) return resolve(true);
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName(name).length === 0) return;
      observer.disconnect();
      resolve(true);
    }).observe({ type: 'mark' });
  })`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no "${name}" mark on ${page.url()} in ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([cdp.send('Runtime.evaluate', { expression, awaitPromise: true }), timeout]);
  } finally {
    clearTimeout(timer);
    await cdp.detach().catch(() => undefined);
  }
}

/** The content script's last mark of a page's session (`utils/page/bench-mark.ts`). */
export const waitForDone = (page: Page, timeoutMs?: number): Promise<void> =>
  waitForMark(page, 'sourcelight:done', timeoutMs);
