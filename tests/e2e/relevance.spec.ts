import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from '@playwright/test';
import { launchWithExtension, test as base, expect } from './fixtures';
import { tabStateFor, waitForReport } from './helpers';

const corpora = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpora',
);
const port = Number(process.env.FIXTURE_PORT ?? 4173);
/** State-media host names from the bundled table, resolved to the fixture server. */
const MAPPED = ['www.globaltimes.cn', 'www.rtp.pt', 'www.presstv.ir'];

// The same browser as fixtures.ts, plus a few real outlet host names mapped to 127.0.0.1.
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension(MAPPED);
    await use(context);
    await context.close();
  },
});

interface Seen {
  status: string;
  matches: { document: { id: string } }[];
}

/** The background's state for a page once it has reported (article or not), or null. */
async function reported(worker: Worker, urlPart: string): Promise<Seen | null> {
  for (let i = 0; i < 150; i++) {
    const state = (await tabStateFor(worker, urlPart)) as {
      report: { status: string };
      matches: Seen['matches'];
    } | null;
    if (state && state.report.status !== 'loading') {
      return { status: state.report.status, matches: state.matches };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

const extraction = readdirSync(path.join(corpora, 'extraction', 'pages'))
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => `/corpora/extraction/pages/${encodeURIComponent(f)}`);
const pages = readdirSync(path.join(corpora, 'pages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `/corpora/pages/${d.name}/source.html`)
  .sort();

for (const [name, urls] of [
  ['extraction', extraction],
  ['pages', pages],
] as const) {
  test(`real pages about other subjects (${name}) list no library document`, async ({
    context,
    serviceWorker,
  }) => {
    test.setTimeout(urls.length * 12_000);
    const page = await context.newPage();
    const listed: string[] = [];
    let articles = 0;
    let silent = 0;
    for (const url of urls) {
      await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => null);
      const seen = await reported(serviceWorker, url);
      if (!seen) {
        silent += 1;
        continue;
      }
      if (seen.status === 'article') articles += 1;
      if (seen.matches.length > 0) {
        listed.push(`${url}: ${seen.matches.map((m) => m.document.id).join(', ')}`);
      }
    }
    expect(listed).toEqual([]);
    // Not vacuous: most pages were analysed as articles by the built extension.
    expect(articles).toBeGreaterThan(urls.length / 2);
    expect(silent).toBeLessThan(urls.length / 10);
  });
}

test('a page on a state-media host shows its profile, in plain words, with the credit', async ({
  context,
  serviceWorker,
  openSidePanel,
}) => {
  const page = await context.newPage();
  await page.goto(`http://www.globaltimes.cn:${port}/article.html`);
  await reported(serviceWorker, 'globaltimes.cn');
  const panel = await openSidePanel('globaltimes.cn');
  await panel.waitFor(`document.querySelector('[data-testid="outlet-profile"]') !== null`);
  const text = await panel.evaluate<string>(
    `document.querySelector('[data-testid="outlet-profile"]').innerText`,
  );
  expect(text).toMatch(/^Global Times/);
  expect(text).toContain(
    'State-controlled: the state funds it, owns it and controls what it publishes',
  );
  expect(text).toMatch(/Owner: People's Daily · Country: China/);
  expect(text).toMatch(/State Media Monitor/);
  expect(text).toMatch(/Alliance for Securing Democracy/);
  const heading = await panel.evaluate<string>(
    `document.querySelector('[data-testid="outlet-profile"] h2').innerText`,
  );
  // The name, and nothing about how the profile's references were checked.
  expect(heading).toMatch(/^Global Times/);
  expect(heading).not.toMatch(/verified|secondary/i);

  // Independent public media are never called state-controlled.
  await page.goto(`http://www.rtp.pt:${port}/article.html`);
  const rtp = (await waitForOutlet(serviceWorker, 'rtp.pt')) as {
    classification: { typologies: { description: string; editorialControl: boolean }[] };
  };
  expect(rtp.classification.typologies[0]).toMatchObject({ editorialControl: false });
  expect(rtp.classification.typologies[0]!.description).toMatch(/^Independent public media/);

  // The hand-written profile keeps its notes and wins over the dataset's row.
  await page.goto(`http://www.presstv.ir:${port}/article.html`);
  const presstv = (await waitForOutlet(serviceWorker, 'presstv.ir')) as Record<string, unknown>;
  expect(presstv).toMatchObject({ name: 'Press TV', origin: 'pack' });
  expect(presstv.notes).not.toBe('');
});

async function waitForOutlet(worker: Worker, urlPart: string): Promise<unknown> {
  for (let i = 0; i < 150; i++) {
    const state = (await tabStateFor(worker, urlPart)) as { outlet: unknown } | null;
    if (state?.outlet) return state.outlet;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no outlet profile for ${urlPart}`);
}

test('the manager’s "Test an article" box explains why a document shows or not', async ({
  context,
  extensionId,
}) => {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/library.html`);
  await manager
    .getByTestId('test-article-text')
    .fill('Inspectors said the chlorine attack on Douma was carried out by a helicopter.');
  await manager.getByTestId('test-article-document').selectOption('scw.jim-first-report');
  await manager.getByTestId('test-article-run').click();
  const listed = manager.locator('[data-testid="test-article-listed"]');
  await expect(listed.first()).toContainText('listed because of');
  await expect(manager.locator('[data-document-id="scw.ffm-douma-final"]')).toBeVisible();
  await expect(manager.getByTestId('test-article-chosen')).toContainText(
    'Needs any one of: cite its symbol S/2016/142',
  );
  // Entity rows of the browser are "entity", not "entitie".
  await manager.getByTestId('library-filter').selectOption('entities');
  await expect(manager.locator('[data-table="entities"] .sl-kind').first()).toHaveText('entity');
});

test('"Use the current tab’s article" fills the box from an analysed tab', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/library.html`);
  // No analysed article is open yet: a message in words, and the box stays empty.
  await manager.getByTestId('test-article-use-tab').click();
  await expect(manager.getByRole('alert')).toContainText('No analysed article is open');
  await expect(manager.getByTestId('test-article-text')).toHaveValue('');

  const reader = await context.newPage();
  await reader.goto(`http://127.0.0.1:${port}/seed`);
  const state = (await waitForReport(serviceWorker, '/seed')) as unknown as {
    articleText: string;
    matches: { document: { id: string } }[];
  };
  expect(state.articleText.length).toBeGreaterThan(1000);
  expect(state.matches.length).toBeGreaterThan(0);

  await manager.bringToFront();
  await manager.getByTestId('test-article-use-tab').click();
  await expect(manager.getByTestId('test-article-text')).toHaveValue(state.articleText);
  await expect(manager.getByTestId('test-article-from')).toContainText('From the tab');
  await manager.getByTestId('test-article-run').click();
  const listed = manager.locator('[data-testid="test-article-listed"]');
  await expect(listed.first()).toBeVisible();
  await expect(manager.getByTestId('test-article-result')).toContainText('OPCW');
  // The box lists what the panel lists for that tab (the panel shows the first ten).
  const ids = await listed.evaluateAll((els) => els.map((e) => e.getAttribute('data-document-id')));
  for (const match of state.matches) expect(ids).toContain(match.document.id);
});
