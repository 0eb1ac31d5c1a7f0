import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { openAnalysed, tabIdFor, textPoint, waitForReport } from './helpers';

test('a click on a claim in the panel scrolls the page to it and flashes it', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 300 });
  await page.goto('/article.html');
  await waitForReport(serviceWorker, '/article.html');
  expect(await page.evaluate(() => scrollY)).toBe(0);
  const panel = await openSidePanel('/article.html');
  await panel.waitForText('Clear Water');
  await panel.click('[data-testid="finding"] [data-nav="finding"]', 'mussel beds');
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await expect
    .poll(() => page.evaluate(() => [...(CSS.highlights.get('sourcelight-active') ?? [])].join('')))
    .toContain('mussel beds');
});

test('pointing at a highlight on the page selects it in the panel', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const page = await openAnalysed(context, serviceWorker, '/article.html');
  const panel = await openSidePanel('/article.html');
  await panel.waitForText('so-called');
  const point = await textPoint(page, 'so-called');
  await page.mouse.move(point.x, point.y);
  await panel.waitFor(
    `document.querySelector('.finding--selected')?.textContent.includes('so-called')`,
  );
});

test('the panel has no accessibility violations (axe-core)', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await openAnalysed(context, serviceWorker, '/article.html');
  const tabId = await tabIdFor(serviceWorker, '/article.html');
  const panelPage = await context.newPage();
  await panelPage.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect(panelPage.getByTestId('claims')).toContainText('Marta Quill');
  for (const scheme of ['light', 'dark'] as const) {
    await panelPage.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page: panelPage }).analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}: ${v.help}`)).toEqual([]);
  }
});

test('the panel follows the active tab', async ({ context, serviceWorker, openSidePanel }) => {
  const first = await openAnalysed(context, serviceWorker, '/article.html');
  await openAnalysed(context, serviceWorker, '/spa.html');
  const panel = await openSidePanel('/spa.html');
  await panel.waitForText('Elena Ostrova');
  await first.bringToFront();
  await panel.waitForText('Marta Quill');
  expect(await panel.text()).not.toContain('Elena Ostrova');
});

test('the panel says "speaker unclear", lists a split quotation once and shows the reported voice', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await openAnalysed(context, serviceWorker, '/speakers.html');
  const tabId = await tabIdFor(serviceWorker, '/speakers.html');
  const panelPage = await context.newPage();
  await panelPage.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  const claims = panelPage.getByTestId('claims');
  await expect(claims).toContainText('Ines Calder');
  // Nobody is named before "he said": no name is guessed for it.
  const unclear = claims.getByTestId('speaker').filter({ hasText: 'The water came over' });
  await expect(unclear.getByTestId('speaker-name')).toHaveText('Speaker unclear');
  await expect(unclear.getByTestId('speaker-badge')).toHaveText('unclear');
  // "“The pumps failed first,” Calder told reporters. “Then the lights went out …”" is one claim.
  const calder = claims.getByTestId('speaker').filter({ hasText: 'Ines Calder' });
  await expect(calder.getByTestId('speaker-badge')).toHaveText('named');
  const split = calder.getByTestId('finding').filter({ hasText: 'The pumps failed first' });
  await expect(split).toHaveCount(1);
  await expect(split).toContainText('Then the lights went out');
  await expect(claims.getByTestId('finding').filter({ hasText: 'Then the lights' })).toHaveCount(1);
  // A loaded term inside Calder's reported claim is the outlet's wording of her claim.
  await expect(panelPage.getByTestId('terms')).toContainText(
    "the outlet's wording of Ines Calder's claim",
  );
});
