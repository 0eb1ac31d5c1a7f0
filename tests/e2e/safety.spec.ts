import { test, expect } from './fixtures';
import { textPoint, waitForReport } from './helpers';

test('hostile page text never runs as script in the panel or the card', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/hostile.html');
  await waitForReport(serviceWorker, '/hostile.html');
  const panel = await openSidePanel('/hostile.html');
  await panel.waitForText('Ada Voss');
  const text = await panel.text();
  // The markup is shown as the text it is...
  expect(text).toContain('<img src=x onerror="window.__pwned=1">');
  expect(text).toContain('</script><script>window');
  // ...and never became elements, handlers or links.
  const panelDom = await panel.evaluate<{
    imgs: number;
    scripts: number;
    links: string[];
    pwned: unknown;
  }>(`({
    imgs: document.querySelectorAll('img').length,
    scripts: document.querySelectorAll('body script').length,
    links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    pwned: window.__pwned,
  })`);
  expect(panelDom).toEqual({ imgs: 0, scripts: 0, links: [], pwned: undefined });

  // The hover card on a quote that contains markup.
  const point = await textPoint(page, 'fabrication');
  await page.mouse.click(point.x, point.y);
  const card = page.locator('#sourcelight-card');
  await expect(card).toContainText('Ada Voss');
  expect(
    await card.evaluate((host) => host.shadowRoot!.querySelectorAll('img, script, a').length),
  ).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
});
