import { test, expect } from './fixtures';
import { openAnalysed, pageHighlights } from './helpers';

test('words only the model flags are drawn lightly as "possibly loaded", and the options switch turns them off', async ({
  context,
  extensionId,
  serviceWorker,
  openSidePanel,
}) => {
  const page = await openAnalysed(context, serviceWorker, '/possible.html');
  await expect
    .poll(async () => (await pageHighlights(page))['sourcelight-term-possible'] ?? [])
    .toEqual(['shameless']);
  expect((await pageHighlights(page))['sourcelight-term'] ?? []).toEqual([]);
  const lighter = await page.evaluate(() => {
    // The stylesheet is adopted (no element is added to the page), so read it from there.
    const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    return rules.some((r) => r.includes('::highlight(sourcelight-term-possible)'));
  });
  expect(lighter).toBe(true);

  const panel = await openSidePanel('/possible.html');
  await panel.waitForText('possibly loaded');
  expect(await panel.text()).toContain('judges rather than describes');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const toggle = options.getByLabel(/learned model finds possibly loaded/);
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(options.getByTestId('options-status')).toHaveText('Saved.');
  await expect
    .poll(async () => Object.keys(await pageHighlights(page)))
    .not.toContain('sourcelight-term-possible');
  await options.reload();
  await expect(options.getByLabel(/learned model finds possibly loaded/)).not.toBeChecked();
});
