// The built extension in real Firefox ESR (run: npm run test:e2e:firefox). One Firefox for the whole
// file, as its start costs seconds on a small machine; the tests run in order and share it.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { startFixtureServer } from '../e2e/fixture-server.mjs';
import { ARTICLE, ARTICLE_PATH, PACKS } from '../e2e/shared/fixture-article';
import { cardTextInPage, highlightsInPage, textPointInPage } from '../e2e/shared/in-page';
import { findFirefox, NO_FIREFOX } from './find-firefox';
import { FirefoxSession, sidebarTextIn, until } from './firefox-session';
import { startNetworkRecorder } from './network-recorder';

declare const browser: typeof import('wxt/browser').browser;

let firefox: FirefoxSession;
let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
let network: Awaited<ReturnType<typeof startNetworkRecorder>>;
let article: Page;
/** An extension tab from which the background and the sidebar are read. */
let probe: Page;

before(async () => {
  const executable = findFirefox();
  if (!executable) throw new Error(NO_FIREFOX);
  fixtures = await startFixtureServer(Number(process.env.FIXTURE_PORT ?? 0));
  network = await startNetworkRecorder();
  firefox = await FirefoxSession.start(executable, network.prefs);
  console.log(`# ${await firefox.browser.version()} · fixtures on ${fixtures.origin}`);
  probe = await firefox.probe();
});

after(async () => {
  await firefox?.close();
  await network?.close();
  await fixtures?.close();
  const lines = firefox?.extensionConsole() ?? [];
  if (lines.length) console.log(`# extension console:\n${lines.map((l) => `#   ${l}`).join('\n')}`);
});

/** The id of the tab showing `urlPart`, from the background's per-tab state. */
function tabIdFor(urlPart: string): Promise<number> {
  return until(
    () =>
      probe.evaluate(async (part) => {
        const all = (await browser.storage.session.get(null)) as Record<
          string,
          { tabId?: number; report?: { url?: string; status?: string } }
        >;
        const state = Object.values(all).find((s) => s?.report?.url?.includes(part));
        return state?.report?.status === 'article' ? state.tabId : undefined;
      }, urlPart),
    `the background's report for ${urlPart}`,
  );
}

test('the content script highlights the fixture article with CSS.highlights', async () => {
  article = await firefox.browser.newPage();
  await article.goto(fixtures.origin + ARTICLE_PATH);
  const highlights = await until(
    () =>
      article.evaluate(highlightsInPage).then((h) => (h['sourcelight-term'] ? h : null)),
    'highlights',
  );
  assert.ok(highlights['sourcelight-quote']?.join(' ').includes(ARTICLE.quote));
  const terms = highlights['sourcelight-term']!.map((t) => t.toLowerCase());
  for (const term of ARTICLE.terms) assert.ok(terms.includes(term), `term ${term} in ${terms}`);
  const all = Object.values(highlights).flat().join(' | ');
  for (const text of ARTICLE.outside) assert.ok(!all.includes(text), `${text} highlighted`);
});

test('the hover card opens on a quote and names who said it', async () => {
  const point = await article.evaluate(textPointInPage, [ARTICLE.quotePoint, 'article'] as const);
  await article.mouse.move(point.x, point.y);
  const card = await until(
    () => article.evaluate(cardTextInPage).then((t) => (t?.includes(ARTICLE.speaker) ? t : null)),
    'the hover card',
  );
  assert.ok(card.includes(ARTICLE.speakerRole), card);
  assert.ok(card.includes('Show in panel'), card);
});

test('the sidebar page in a tab (?tabId=) renders the findings for that tab', async () => {
  const tabId = await tabIdFor(ARTICLE_PATH);
  const panel = await firefox.browser.newPage();
  await firefox.openExtensionPage(panel, `sidepanel.html?tabId=${tabId}`);
  const text = await until(
    () => panel.evaluate(() => document.body.innerText).then((t) => t.includes(ARTICLE.speaker) && t),
    'the panel text',
  );
  for (const expected of ['127.0.0.1', ARTICLE.otherSpeaker, ...ARTICLE.terms])
    assert.ok(text.includes(expected), `panel lacks ${expected}`);
  await panel.close();
});

test('the real sidebar opens from a toolbar click and shows the article tab', async (t) => {
  await article.bringToFront();
  if (!(await firefox.clickToolbarButton())) {
    t.skip('this Firefox runs no script in its browser window over BiDi (Firefox 140)');
    return;
  }
  const text = await until(
    () => sidebarTextIn(probe).then((s) => (s?.includes(ARTICLE.speaker) ? s : null)),
    'the sidebar',
  );
  assert.ok(text.includes(ARTICLE.otherSpeaker), text);
  // The toolbar button toggles: a second click closes it.
  await article.bringToFront();
  await firefox.clickToolbarButton();
  await until(() => sidebarTextIn(probe).then((s) => s === null), 'the sidebar to close');
});
