import type { BrowserContext, Worker } from '@playwright/test';
import { launchWithExtension, test as base, expect } from './fixtures';
import type { SidePanel } from './side-panel';
import { waitForReport } from './helpers';

// A browser as a reader has it: pages kept in the back/forward cache (Playwright turns it off).
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension([], { backForwardCache: true });
    await use(context);
    await context.close();
  },
});

const FIRST = '/article.html?cache=ok';
const SECOND = '/speakers.html?cache=ok';

/** The first article, analysed, with the real panel open on it showing its title. */
async function firstWithPanel(
  context: BrowserContext,
  serviceWorker: Worker,
  openSidePanel: (pageUrlPart: string) => Promise<SidePanel>,
) {
  const page = await context.newPage();
  await page.goto(FIRST);
  await waitForReport(serviceWorker, FIRST);
  const title = await page.title();
  const panel = await openSidePanel(FIRST);
  await panel.waitForText(title);
  // Something only this document has: a page loaded anew would not have it.
  await page.evaluate(() => ((window as { keptHere?: boolean }).keptHere = true));
  return { page, panel, title };
}

test('back to an article kept in the back/forward cache: the panel shows that article again, not the one left', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const {
    page,
    panel,
    title: firstTitle,
  } = await firstWithPanel(context, serviceWorker, openSidePanel);

  await page.goto(SECOND);
  await waitForReport(serviceWorker, SECOND);
  const secondTitle = await page.title();
  await panel.waitForText(secondTitle);

  await page.goBack({ waitUntil: 'commit' });
  // The very document the reader left, with its highlights still drawn.
  await expect
    .poll(() => page.evaluate(() => (window as { keptHere?: boolean }).keptHere === true))
    .toBe(true);
  expect(await page.evaluate(() => CSS.highlights.has('sourcelight-quote'))).toBe(true);
  await waitForReport(serviceWorker, FIRST);
  await panel.waitForText(firstTitle);
  expect(await panel.text()).not.toContain(secondTitle);

  // And forward again, to the second page, also from the cache.
  await page.goForward({ waitUntil: 'commit' });
  await waitForReport(serviceWorker, SECOND);
  await panel.waitForText(secondTitle);
  expect(await panel.text()).not.toContain(firstTitle);
});

test('leaving an article for a page Sourcelight does not run on: the panel does not go on showing the article', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const { page, panel, title } = await firstWithPanel(context, serviceWorker, openSidePanel);
  // No content script runs here (nor on the browser's own pages).
  await page.goto('about:blank');
  await panel.waitForText('Nothing analysed here');
  expect(await panel.text()).not.toContain(title);
  // The page is kept in the cache meanwhile: back to it, the panel shows it again.
  await page.goBack({ waitUntil: 'commit' });
  await waitForReport(serviceWorker, FIRST);
  await panel.waitForText(title);
});
