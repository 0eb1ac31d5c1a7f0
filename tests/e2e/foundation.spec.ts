import { test, expect } from './fixtures';
import { openAnalysed, waitForReport } from './helpers';

declare const chrome: typeof import('wxt/browser').browser;

test('the content script analyses a fixture article and reports to the background', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto('/article.html');
  const state = await waitForReport(serviceWorker, '/article.html');
  expect(state.report.analysis!.quotes.length).toBeGreaterThan(0);
  expect(state.report.analysis!.terms.map((t) => t.text.toLowerCase())).toContain('so-called');
});

test('a page that is not an article is reported as such', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('/not-article.html');
  const state = await waitForReport(serviceWorker, '/not-article.html', 'not-article');
  expect(state.report.analysis).toBeNull();
});

test('the real side panel opens from a toolbar click and shows the active tab', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  await openAnalysed(context, serviceWorker, '/article.html');
  const panel = await openSidePanel('/article.html');
  await panel.waitForText('Marta Quill');
  const text = await panel.text();
  expect(text).toContain('127.0.0.1');
  expect(text).toContain('Claims');
  expect(text).toContain('Tomas Brevik');
  expect(text).toContain('so-called');
  const open = await serviceWorker.evaluate(async () => {
    const contexts = await (
      chrome.runtime as unknown as {
        getContexts(f: object): Promise<unknown[]>;
      }
    ).getContexts({ contextTypes: ['SIDE_PANEL'] });
    return contexts.length;
  });
  expect(open).toBe(1);
});

test('the options page saves a setting and shows it again after a reload', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const cards = page.getByLabel('Show a card when the pointer rests on a highlight');
  await expect(cards).toBeChecked();
  await cards.uncheck();
  await expect(page.getByTestId('options-status')).toHaveText('Saved.');
  await page.getByLabel('Site').fill('https://www.Example.com/news');
  await page.getByRole('button', { name: 'Turn off on this site' }).click();
  await expect(page.getByTestId('disabled-sites')).toContainText('www.example.com');
  await page.reload();
  await expect(
    page.getByLabel('Show a card when the pointer rests on a highlight'),
  ).not.toBeChecked();
  await expect(page.getByTestId('disabled-sites')).toContainText('www.example.com');
});

test('the extension makes no network request of its own during a whole session', async ({
  context,
  extensionId,
  serviceWorker,
  extensionRequests,
  openSidePanel,
}) => {
  const page = await openAnalysed(context, serviceWorker, '/article.html');
  const panel = await openSidePanel('/article.html');
  await panel.waitForText('Marta Quill');
  await panel.click('[data-nav="finding"]');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Highlight findings in the page').uncheck();
  const demo = await context.newPage();
  await demo.goto(`chrome-extension://${extensionId}/demo.html`);
  await waitForReport(serviceWorker, '/demo.html');
  await page.goto('/seed');
  await waitForReport(serviceWorker, '/seed');
  const outside = extensionRequests.filter((r) => {
    const url = new URL(r.url);
    return (
      !['chrome-extension:', 'data:', 'blob:'].includes(url.protocol) &&
      url.hostname !== '127.0.0.1'
    );
  });
  expect(outside).toEqual([]);
  // The recorder itself works: the extension's own page loads were seen.
  expect(
    extensionRequests.some((r) => r.url.startsWith(`chrome-extension://${extensionId}/`)),
  ).toBe(true);
});

test('the request recorder sees requests from the worker and the side panel (so the test above can fail)', async ({
  context,
  serviceWorker,
  extensionRequests,
  openSidePanel,
}) => {
  await openAnalysed(context, serviceWorker, '/article.html');
  const panel = await openSidePanel('/article.html');
  // .invalid never resolves (and the resolver rules keep every lookup on this machine).
  await serviceWorker.evaluate(() => fetch('http://worker-canary.invalid/').catch(() => undefined));
  await panel.evaluate(`fetch('http://panel-canary.invalid/').catch(() => undefined)`);
  await expect
    .poll(() => extensionRequests.map((r) => new URL(r.url).hostname))
    .toEqual(expect.arrayContaining(['worker-canary.invalid', 'panel-canary.invalid']));
});

test('per-tab state survives the service worker being stopped', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const page = await openAnalysed(context, serviceWorker, '/article.html');
  await serviceWorker.evaluate(() => ((globalThis as { __alive?: boolean }).__alive = true));
  // Stop every service worker, as Chrome does after 30 s idle: whatever was in memory is gone.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const panel = await openSidePanel('/article.html');
  await panel.waitForText('Tomas Brevik');
  // The worker that answered the panel is a new one: the state came from storage.session.
  const alive = await Promise.all(
    context
      .serviceWorkers()
      .map((w) =>
        w.evaluate(() => (globalThis as { __alive?: boolean }).__alive ?? false).catch(() => null),
      ),
  );
  expect(alive).toContain(false);
  expect(alive).not.toContain(true);
});
