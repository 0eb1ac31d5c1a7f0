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
  const tints = await page.evaluate(() => {
    // The stylesheet comes with the content script (injected by its manifest, not in the DOM):
    // read the tints the page computes for the two highlights.
    const alpha = (name: string) => {
      const color = getComputedStyle(document.body, `::highlight(${name})`).backgroundColor;
      return Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(color)?.[1] ?? 0);
    };
    return { possible: alpha('sourcelight-term-possible'), term: alpha('sourcelight-term') };
  });
  expect(tints.possible).toBeGreaterThan(0);
  expect(tints.possible).toBeLessThan(tints.term);

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
