import { test, expect } from './fixtures';
import { openAnalysed, pageHighlights, tabStateFor, waitForReport } from './helpers';

test('a page whose own script rewrites its text does not break and is highlighted again', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/rewrite.html');
  await waitForReport(serviceWorker, '/rewrite.html');
  await page.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
  await expect
    .poll(async () =>
      ((await pageHighlights(page))['sourcelight-term'] ?? []).map((t) => t.toLowerCase()),
    )
    .toEqual(expect.arrayContaining(['so-called', 'self-proclaimed']));
  // Highlights of text that is gone were dropped: every range still lies in the page.
  const dangling = await page.evaluate(
    () =>
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('sourcelight-'))
        .flatMap(([, h]) => [...h])
        .filter((r) => !r.startContainer.isConnected).length,
  );
  expect(dangling).toBe(0);
  expect(errors).toEqual([]);
});

test('an SPA navigation (history.pushState) is analysed again', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto('/spa.html');
  const first = await waitForReport(serviceWorker, '/spa.html');
  expect(JSON.stringify(first.report.analysis)).toContain('Ostrova');
  await page.click('#next');
  const second = await waitForReport(serviceWorker, '/spa-story-2');
  expect(JSON.stringify(second.report.analysis)).toContain('Demmer');
  expect(JSON.stringify(second.report.analysis)).not.toContain('Ostrova');
  await expect
    .poll(async () => ((await pageHighlights(page))['sourcelight-term'] ?? []).join(' '))
    .toContain('so-called');
});

test('a page that was not an article and becomes one by an SPA navigation is analysed then', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  // A list of headlines: turned away by the gate (in Chromium the loader's, the page asleep).
  await page.goto('/spa.html?start=listing');
  await waitForReport(serviceWorker, '/spa.html?start=listing', 'not-article');
  await page.click('#next');
  const story = await waitForReport(serviceWorker, '/spa-story-2');
  expect(JSON.stringify(story.report.analysis)).toContain('Demmer');
  await expect
    .poll(async () => ((await pageHighlights(page))['sourcelight-term'] ?? []).join(' '))
    .toContain('so-called');
});

test('a URL changed by the page’s script alone (no new content) is followed at once', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto('/spa.html');
  await waitForReport(serviceWorker, '/spa.html');
  // Only the address changes: no mutation in the article, nothing for the change watcher. In
  // Chromium the Navigation API reports it (no timer polls the URL there).
  await page.evaluate(() => history.pushState({}, '', '/spa-same-story'));
  const again = await waitForReport(serviceWorker, '/spa-same-story');
  expect(JSON.stringify(again.report.analysis)).toContain('Ostrova');
  // The path this test is for: Chromium has the Navigation API, so nothing polls.
  expect(await page.evaluate(() => 'navigation' in window)).toBe(true);
});

test('a dismissed flag disappears from the page, shows as dismissed in the panel, and can be undone', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const page = await openAnalysed(context, serviceWorker, '/article.html');
  const panel = await openSidePanel('/article.html');
  await panel.waitForText('pretext');
  const termsOnPage = async (): Promise<string[]> =>
    (await pageHighlights(page))['sourcelight-term'] ?? [];
  expect(await termsOnPage()).toContain('pretext');
  // The occurrence whose flagged words are "pretext" (each occurrence shows a few words around it).
  const pretextItem = `[...document.querySelectorAll('[data-testid="terms"] .finding')].find((li) => (li.querySelector('mark') ?? li).textContent.includes('pretext'))`;
  await panel.clickWhen(`${pretextItem}?.querySelector('.finding__dismiss')`);
  await panel.waitFor(`${pretextItem}.classList.contains('finding--dismissed')`);
  await expect.poll(termsOnPage).not.toContain('pretext');
  expect(await termsOnPage()).toContain('so-called');
  // Remembered for the article: a reload keeps it dismissed.
  await page.reload();
  await waitForReport(serviceWorker, '/article.html');
  // The reloaded page has drawn its analysis, without the dismissed flag…
  await expect.poll(termsOnPage).toContain('so-called');
  expect(await termsOnPage()).not.toContain('pretext');
  // …and the panel shows it dismissed.
  await panel.waitFor(`${pretextItem}.classList.contains('finding--dismissed')`);
  await panel.clickWhen(`${pretextItem}?.querySelector('.finding__dismiss')`);
  await panel.waitFor(`!${pretextItem}.classList.contains('finding--dismissed')`);
  await expect.poll(termsOnPage).toContain('pretext');
});

test('switching Sourcelight off for a site clears the page and the panel says so', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const page = await openAnalysed(context, serviceWorker, '/article.html');
  const panel = await openSidePanel('/article.html');
  await panel.waitForText('Turn off on 127.0.0.1');
  await panel.click('button', 'Turn off on 127.0.0.1');
  await panel.waitForText('Switched off on this site');
  await expect.poll(async () => Object.keys(await pageHighlights(page))).toEqual([]);
  expect((await tabStateFor(serviceWorker, '/article.html'))?.report).toMatchObject({
    status: 'disabled',
  });
  await panel.click('button', 'Turn on for 127.0.0.1');
  await waitForReport(serviceWorker, '/article.html');
  await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
});

test('hiding highlights from the panel removes them from the page and showing brings them back', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const page = await openAnalysed(context, serviceWorker, '/article.html');
  const panel = await openSidePanel('/article.html');
  await panel.waitForText('Hide highlights');
  await panel.click('button', 'Hide highlights');
  await expect.poll(async () => Object.keys(await pageHighlights(page))).toEqual([]);
  await panel.waitForText('Show highlights');
  await panel.click('button', 'Show highlights');
  await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBeGreaterThan(0);
});

test('an article appended by infinite scroll is analysed too', async ({
  context,
  serviceWorker,
}) => {
  const page = await openAnalysed(context, serviceWorker, '/infinite.html');
  expect(Object.keys(await pageHighlights(page))).not.toContain('sourcelight-term');
  await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
  await expect
    .poll(async () => (await pageHighlights(page))['sourcelight-term'] ?? [])
    .toContain('so-called');
  // The first article is still analysed alongside it.
  const state = await waitForReport(serviceWorker, '/infinite.html');
  expect(JSON.stringify(state.report.analysis)).toContain('transport office');
});
