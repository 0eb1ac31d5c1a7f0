import { test, expect } from './fixtures';
import { openAnalysed, pageHighlights } from './helpers';

// Chromium rebuilds and repaints every registered highlight on each frame a page restyles, so only
// the ranges on screen are registered at rest (and those near it while the reader scrolls; issue
// 18); the reader sees no difference.
test('on a long article only the highlights on screen are registered, and scrolling brings the others', async ({
  context,
  serviceWorker,
}) => {
  const page = await openAnalysed(context, serviceWorker, '/long-article.html');
  const terms = async (): Promise<string[]> =>
    ((await pageHighlights(page))['sourcelight-term'] ?? []).map((t) => t.toLowerCase());
  await expect.poll(terms).toContain('so-called');
  expect(await terms()).not.toContain('self-proclaimed');
  await page.locator('#last').scrollIntoViewIfNeeded();
  await expect.poll(terms).toContain('self-proclaimed');
  await expect.poll(terms).not.toContain('so-called');
  await page.evaluate(() => scrollTo(0, 0));
  await expect.poll(terms).toContain('so-called');
});
