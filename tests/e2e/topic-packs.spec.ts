import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { openAnalysed, waitForReport } from './helpers';

// The topic-pack fixture pages (invented outlets, real findings) and what each must list.
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages/packs');
const expectations = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { pack: string; documents: string[]; reason: string }
>;
// Pack ids are namespaced, so a document's id says which pack it belongs to.
const PREFIX: Record<string, string> = {
  mh17: 'mh17.',
  novichok: 'nov.',
  'ukraine-war-claims': 'ukr.',
};

for (const [file, expected] of Object.entries(expectations)) {
  test(`the real panel on ${file} shows the ${expected.pack} pack's documents`, async ({
    context,
    serviceWorker,
    openSidePanel,
  }) => {
    const url = `/packs/${file}`;
    await openAnalysed(context, serviceWorker, url);
    const panel = await openSidePanel(url);
    await panel.waitFor(`document.querySelectorAll('[data-testid="source-item"]').length > 0`);
    const listed = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="source-item"]')].map((li) => li.dataset.documentId)`,
    );
    expect(listed).toEqual(expect.arrayContaining(expected.documents));
    expect(listed.filter((id) => !id.startsWith(PREFIX[expected.pack]!))).toEqual([]);
    const sources = await panel.evaluate<string>(
      `document.querySelector('[data-testid="independent-sources"]').innerText`,
    );
    expect(sources).toContain(`Why: `);
    expect(sources).toContain(expected.reason);
  });
}

test('the second demo (MH17) opens from the first and shows the claim beside the record, offline', async ({
  context,
  extensionId,
  serviceWorker,
  extensionRequests,
  openSidePanel,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  await page.getByRole('link', { name: 'the downing of MH17' }).click();
  await expect(page).toHaveURL(`chrome-extension://${extensionId}/demo-mh17.html`);
  await expect(page.locator('h1')).toContainText('MH17');
  await waitForReport(serviceWorker, '/demo-mh17.html');
  const panel = await openSidePanel('/demo-mh17.html');
  await panel.waitFor(`document.querySelectorAll('[data-testid="source-item"]').length > 0`);
  // The claim: the invented spokesman is named as the speaker of his quotes.
  await panel.waitForText('Oleg Marchuk');
  const listed = await panel.evaluate<string[]>(
    `[...document.querySelectorAll('[data-testid="source-item"]')].map((li) => li.dataset.documentId)`,
  );
  // The record: the JIT findings and the court's judgment, and nothing from another pack.
  expect(listed).toEqual(expect.arrayContaining(['mh17.jit-2016', 'mh17.court-judgment-2022']));
  expect(listed.filter((id) => !id.startsWith('mh17.'))).toEqual([]);
  const sources = await panel.evaluate<string>(
    `document.querySelector('[data-testid="independent-sources"]').innerText`,
  );
  expect(sources).toContain('says a Ukrainian Buk fired the missile');
  // Offline: nothing the demo, the analysis or the panel loaded came from outside the extension.
  const outside = extensionRequests.filter(
    (r) => !['chrome-extension:', 'data:', 'blob:'].includes(new URL(r.url).protocol),
  );
  expect(outside).toEqual([]);
  expect(extensionRequests.some((r) => r.url.endsWith('/demo-mh17.html'))).toBe(true);
});
