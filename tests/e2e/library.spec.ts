import path from 'node:path';
import { test, expect } from './fixtures';
import { openAnalysed } from './helpers';
import { PACKS } from './shared/fixture-article';

test('the seed article shows OPCW, JIM and IIT documents in the real side panel', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  await openAnalysed(context, serviceWorker, '/seed');
  const panel = await openSidePanel('/seed');
  await panel.waitFor(`document.querySelectorAll('[data-testid="source-item"]').length > 0`);
  const sources = await panel.evaluate<string>(
    `document.querySelector('[data-testid="independent-sources"]').innerText`,
  );
  expect(sources).toMatch(/OPCW/);
  expect(sources).toMatch(/Joint Investigative Mechanism|JIM/);
  expect(sources).toMatch(/Investigation and Identification Team|IIT/);
  expect(sources).toMatch(/Why: .*White Helmets/);
  // Every link in the section is an http(s) link that opens in a new tab.
  const links = await panel.evaluate<{ href: string; target: string; rel: string }[]>(
    `[...document.querySelectorAll('[data-testid="independent-sources"] a')].map((a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel }))`,
  );
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link.href).toMatch(/^https?:\/\//);
    expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
  }
});

test('a pack imported through the manager appears in the library and in the panel', async ({
  context,
  extensionId,
  serviceWorker,
  openSidePanel,
}) => {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(manager.getByTestId('library-entries')).toContainText(
    'Joint Investigative Mechanism',
  );
  await manager.getByTestId('import-file').setInputFiles(path.join(PACKS.dir, PACKS.good));
  await expect(manager.getByTestId('import-result')).toBeVisible();
  await manager.getByTestId('library-search').fill(PACKS.goodSearch);
  await expect(manager.getByTestId('library-entries')).toContainText(PACKS.goodDocument);

  await openAnalysed(context, serviceWorker, '/article.html');
  const panel = await openSidePanel('/article.html');
  await panel.waitForText(PACKS.goodDocument);
});

test('a hostile pack is rejected with the path of the problem and changes nothing', async ({
  context,
  extensionId,
}) => {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/library.html`);
  const count = manager.getByTestId('library-count');
  await expect(count).toContainText(/\d/);
  const before = await count.textContent();
  await manager.getByTestId('import-file').setInputFiles(path.join(PACKS.dir, PACKS.hostile));
  await expect(manager.getByTestId('import-error')).toContainText(PACKS.hostileProblem);
  await expect(count).toHaveText(before!);
  await manager.getByTestId('library-search').fill('Castelnor');
  await expect(manager.getByTestId('library-entries')).not.toContainText('Castelnor');
  expect(await manager.locator('a[href^="javascript:"]').count()).toBe(0);
});
