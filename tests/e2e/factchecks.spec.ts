import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { openAnalysed, tabStateFor } from './helpers';

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/factchecks',
);

test('a feed imported through the manager shows its fact-check under the matching claim in the panel', async ({
  context,
  extensionId,
  serviceWorker,
  openSidePanel,
  extensionRequests,
}) => {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(manager.getByTestId('fact-check-total')).toContainText('holds 0 fact-checks');
  await expect(manager.getByTestId('fact-check-credit')).toContainText('Data Commons');
  await manager.getByTestId('fact-check-file').setInputFiles(path.join(fixtures, 'feed.json'));
  await expect(manager.getByTestId('fact-check-result')).toContainText(
    'Imported feed.json: 2 new fact-checks, 0 updated. Skipped 2 records:',
  );
  await expect(manager.getByTestId('fact-check-skipped')).toContainText(
    '1 × fact-check address is not an http(s) link',
  );
  await expect(manager.getByTestId('fact-check-skipped')).toContainText('1 × no claim text');
  await expect(manager.getByTestId('fact-check-total')).toContainText('holds 2 fact-checks');

  await openAnalysed(context, serviceWorker, '/factcheck-article.html');
  const panel = await openSidePanel('/factcheck-article.html');
  await panel.waitForText('Checked by Harbour Fact Desk — Mostly false (2026-04-12)');
  const notes = await panel.evaluate<{ claim: string; text: string }[]>(
    `[...document.querySelectorAll('[data-testid="fact-check"]')].map((n) => ({
      claim: n.closest('[data-testid="finding"]').querySelector('.quote-text').textContent,
      text: n.textContent,
    }))`,
  );
  // One fact-check, under the bus-fares claim only (not the look-alike about train fares).
  expect(notes).toHaveLength(1);
  expect(notes[0]!.claim).toContain('Bus fares in Eastport have doubled');
  expect(notes[0]!.text).toContain(
    'Claim reviewed: “Bus fares in Eastport have doubled in five years.”',
  );
  const link = await panel.evaluate<{ href: string; target: string; rel: string }>(
    `(() => { const a = document.querySelector('[data-testid="fact-check"] a'); return { href: a.getAttribute('href'), target: a.target, rel: a.rel }; })()`,
  );
  expect(link).toEqual({
    href: 'https://checks.example/eastport/bus-fares-doubled',
    target: '_blank',
    rel: 'noopener noreferrer',
  });
  expect(
    await panel.evaluate<string>(
      `document.querySelector('[data-testid="fact-check-count"]').textContent`,
    ),
  ).toBe('Fact-checks: 1');
  // Importing a file sent nothing anywhere.
  const outside = extensionRequests.filter(
    (r) => !/^(chrome-extension|data|blob):/.test(r.url) && new URL(r.url).hostname !== '127.0.0.1',
  );
  expect(outside).toEqual([]);
  const state = (await tabStateFor(serviceWorker, '/factcheck-article.html')) as {
    factChecks: unknown[];
  };
  expect(state.factChecks).toHaveLength(1);
});

test('files with no valid record, or cut off, are rejected and the fact-checks stay as they were', async ({
  context,
  extensionId,
}) => {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/library.html`);
  await manager.getByTestId('fact-check-file').setInputFiles(path.join(fixtures, 'feed.json'));
  await expect(manager.getByTestId('fact-check-total')).toContainText('holds 2 fact-checks');
  const count = async () =>
    manager.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('sourcelight');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('factChecks').objectStore('factChecks').count();
            req.onsuccess = () => {
              resolve(req.result);
              open.result.close();
            };
          };
        }),
    );
  expect(await count()).toBe(2);

  await manager
    .getByTestId('fact-check-file')
    .setInputFiles(path.join(fixtures, 'no-valid-records.json'));
  await expect(manager.getByTestId('fact-check-error')).toHaveText(
    'no-valid-records.json was not imported, and your fact-checks are unchanged: none of its records is valid.',
  );
  await expect(manager.getByTestId('fact-check-skipped')).toContainText('1 × no claim text');

  const cut =
    '{"@type":"DataFeed","dataFeedElement":[{"item":[{"@type":"ClaimReview","claimReviewed":"Eastport has no buses.","url":"https://checks.example/cut-off"';
  await manager.getByTestId('fact-check-file').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(cut),
  });
  await expect(manager.getByTestId('fact-check-error')).toContainText(
    'cut.json was not imported, and your fact-checks are unchanged: the file ends in the middle of the JSON',
  );
  await expect(manager.getByTestId('fact-check-total')).toContainText('holds 2 fact-checks');
  expect(await count()).toBe(2);
});
