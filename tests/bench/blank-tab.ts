import type { BrowserContext, Page } from '@playwright/test';

/** The page every measured load starts from, served at `/blank.html` by the benches' servers. */
export const BLANK_PAGE = { '/blank.html': '<!doctype html><title>blank</title>' };

/**
 * A fresh tab on the server's blank page, settled: the measured navigation that follows is
 * same-site, so it stays in the renderer whose metrics and traces are read.
 */
export async function blankTab(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/blank.html`);
  await page.waitForTimeout(300);
  return page;
}
