// The built extension in real Firefox ESR (run: npm run test:e2e:firefox). One Firefox for the whole
// file, as its start costs seconds on a small machine; the tests run in order and share it.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startFixtureServer } from '../e2e/fixture-server.mjs';
import { ARTICLE, ARTICLE_PATH, PACKS } from '../e2e/shared/fixture-article';
import {
  cardTextInPage,
  highlightBackgroundsInPage,
  highlightsInPage,
  textPointInPage,
} from '../e2e/shared/in-page';
import { findFirefox, NO_FIREFOX } from './find-firefox';
import { FirefoxSession, sidebarTextIn, until } from './firefox-session';
import { startNetworkRecorder } from './network-recorder';
import { OPEN_PANEL_HINT } from '../../utils/messaging/show-in-panel-reply';

declare const browser: typeof import('wxt/browser').browser & {
  extension: { getViews(filter: { type: string }): unknown[]; getBackgroundPage(): unknown };
};

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
    () => article.evaluate(highlightsInPage).then((h) => (h['sourcelight-term'] ? h : null)),
    'highlights',
  );
  assert.ok(highlights['sourcelight-quote']?.join(' ').includes(ARTICLE.quote));
  const terms = highlights['sourcelight-term']!.map((t) => t.toLowerCase());
  for (const term of ARTICLE.terms) assert.ok(terms.includes(term), `term ${term} in ${terms}`);
  const all = Object.values(highlights).flat().join(' | ');
  for (const text of ARTICLE.outside) assert.ok(!all.includes(text), `${text} highlighted`);
  // The reader's build leaves no performance marks a page could tell Sourcelight by.
  const marks = await article.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => m.name),
  );
  assert.deepEqual(
    marks.filter((m) => m.startsWith('sourcelight')),
    [],
  );
});

test('a URL changed by the page’s script alone is followed (single-page apps)', async () => {
  const spa = await firefox.browser.newPage();
  await spa.goto(`${fixtures.origin}/spa.html`);
  await tabIdFor('/spa.html');
  // Only the address changes, so only the URL watch (the Navigation API, or the poll) can see it.
  await spa.evaluate(() => history.pushState({}, '', '/spa-same-story'));
  await tabIdFor('/spa-same-story');
  const api = await spa.evaluate(() => 'navigation' in window);
  console.log(`# Navigation API in this Firefox: ${api}`);
  await spa.close();
});

/** The URL of the page the background's state for tab `tabId` is of (null: no state). */
function stateUrlOf(tabId: number): Promise<string | null> {
  return probe.evaluate(async (id) => {
    const all = (await browser.storage.session.get(`tab:${id}`)) as Record<
      string,
      { report?: { url?: string } }
    >;
    return all[`tab:${id}`]?.report?.url ?? null;
  }, tabId);
}

test('the tab’s state follows a page Sourcelight does not run on, and Back from the back/forward cache', async () => {
  const first = '/article.html?cache=ok';
  const tab = await firefox.browser.newPage();
  await tab.goto(fixtures.origin + first);
  const tabId = await tabIdFor(first);
  await tab.evaluate(() => ((window as { keptHere?: boolean }).keptHere = true));
  // No content script runs on a data: page: the tab's state is forgotten, not left as the article's.
  await tab.goto('data:text/html,<p>Not a web page</p>');
  await until(async () => (await stateUrlOf(tabId)) === null, 'the tab’s state forgotten');
  // Back: the article comes from the cache (a restored page fires no load event to wait for).
  void tab.goBack().catch(() => undefined);
  await until(
    () => tab.evaluate(() => (window as { keptHere?: boolean }).keptHere === true),
    'the article back from the back/forward cache',
  );
  await until(
    async () => (await stateUrlOf(tabId))?.endsWith(first),
    'the tab’s state to be the article’s again',
  );
  await tab.close();
});

test('an article opened in a background tab is read when the reader goes to it, not before', async () => {
  const path = '/article.html?background=1';
  const tab = await firefox.browser.newPage({ background: true });
  await tab.goto(fixtures.origin + path);
  assert.equal(await tab.evaluate(() => document.visibilityState), 'hidden');
  // Long enough for an analysis: in front, the first test's article is highlighted within this.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const stored = await probe.evaluate(async (part) => {
    const all = (await browser.storage.session.get(null)) as Record<
      string,
      { report?: { url?: string } }
    >;
    return Object.values(all).some((s) => s?.report?.url?.includes(part));
  }, path);
  assert.equal(stored, false, 'analysed while hidden');
  assert.deepEqual(await tab.evaluate(highlightsInPage), {});
  await tab.bringToFront();
  await tabIdFor(path);
  await until(
    () => tab.evaluate(highlightsInPage).then((h) => h['sourcelight-quote']?.length),
    'highlights once shown',
  );
  await tab.close();
});

test(
  'every kind of highlight has a background, which Firefox draws',
  // Firefox 140 draws no text-decoration inside ::highlight(), so every highlight is a background tint.
  async () => {
    // The seed article has all three kinds (the fixture article has no vague sourcing).
    const seed = await firefox.browser.newPage();
    await seed.goto(`${fixtures.origin}/seed`);
    const backgrounds = await until(
      () => seed.evaluate(highlightBackgroundsInPage).then((b) => Object.keys(b).length >= 3 && b),
      'quote, term and sourcing highlights on the seed article',
    );
    await seed.close();
    for (const [name, background] of Object.entries(backgrounds))
      assert.ok(background, `${name} has no visible background`);
  },
);

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
    () =>
      panel.evaluate(() => document.body.innerText).then((t) => t.includes(ARTICLE.speaker) && t),
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

/** Clicks the article text `needle` and waits for the card about it. */
async function openCardAt(needle: string, cardSays: string): Promise<void> {
  await article.mouse.click(1, 1); // outside the article: any card left open closes
  await until(() => article.evaluate(cardTextInPage).then((c) => c === null), 'the card to close');
  const point = await article.evaluate(textPointInPage, [needle, 'article'] as const);
  await article.mouse.click(point.x, point.y);
  await until(
    () => article.evaluate(cardTextInPage).then((c) => c?.toLowerCase().includes(cardSays)),
    `the card about ${needle}`,
  );
}

/** Clicks "Show in panel" on the card, as the reader would (a trusted click). */
async function clickShowInPanel(): Promise<void> {
  const button = await article.evaluate(() => {
    const root = document.querySelector('#sourcelight-card')!.shadowRoot!;
    const b = [...root.querySelectorAll('button')].find((x) => x.textContent === 'Show in panel')!;
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await article.mouse.click(button.x, button.y);
}

/** The text of the finding selected in the open sidebar (null: none, or no sidebar). */
function selectedInSidebar(): Promise<string | null> {
  return probe.evaluate(() => {
    const views = browser.extension.getViews({ type: 'sidebar' }) as Window[];
    return views[0]?.document.querySelector('.finding--selected')?.textContent ?? null;
  });
}

/** The finding the background keeps selected for the article's tab (set by "Show in panel"). */
function storedSelection(): Promise<string | null> {
  return probe.evaluate(async (part) => {
    const all = (await browser.storage.session.get(null)) as Record<
      string,
      { selectedFindingId?: string; report?: { url?: string } }
    >;
    const state = Object.values(all).find((s) => s?.report?.url?.includes(part));
    return state?.selectedFindingId ?? null;
  }, ARTICLE_PATH);
}

test('"Show in panel" on the card selects the finding and says how to open the sidebar', async (t) => {
  await article.bringToFront();
  const term = ARTICLE.terms[0];
  await openCardAt(term, term);
  await clickShowInPanel();
  // Firefox does not count a click in the page as a user action of the extension, so the card
  // tells the reader what to click (if a later Firefox opens the sidebar, this test says so).
  const card = await until(
    () => article.evaluate(cardTextInPage).then((c) => c?.includes(OPEN_PANEL_HINT) && c),
    'the hint on the card',
  );
  assert.ok(card.includes('toolbar'));
  assert.equal(await sidebarTextIn(probe), null);
  const termSelection = await until(storedSelection, 'the finding stored as selected');

  // Doing what the card says opens the sidebar on that finding.
  if (!(await firefox.clickToolbarButton())) {
    t.skip('this Firefox runs no script in its browser window over BiDi (Firefox 140)');
    return;
  }
  await until(
    () => selectedInSidebar().then((selected) => selected?.toLowerCase().includes(term)),
    'the finding selected in the sidebar',
  );

  // With the sidebar open, the button selects the finding there and the card needs no hint.
  await openCardAt(ARTICLE.quotePoint, ARTICLE.speaker.toLowerCase());
  await clickShowInPanel();
  await until(
    () => storedSelection().then((id) => id !== termSelection),
    'the quote stored as selected',
  );
  await until(
    () => selectedInSidebar().then((selected) => selected?.includes(ARTICLE.quotePoint)),
    'the quote selected in the sidebar',
  );
  assert.ok(!(await article.evaluate(cardTextInPage))?.includes(OPEN_PANEL_HINT));
  await firefox.clickToolbarButton(); // closes the sidebar again
});

test('the options page saves a setting and shows it again when reopened', async () => {
  const options = await firefox.browser.newPage();
  await firefox.openExtensionPage(options, 'options.html');
  const box = 'input[name="hoverCards"]';
  await until(() => options.$eval(box, (el) => (el as HTMLInputElement).checked), 'the setting');
  await options.click(box);
  await until(
    () => options.$eval('[data-testid="options-status"]', (el) => el.textContent === 'Saved.'),
    'Saved.',
  );
  await firefox.openExtensionPage(options, 'options.html');
  // Unchecked can only come from storage: the default is checked.
  await until(() => options.$eval(box, (el) => !(el as HTMLInputElement).checked), 'unchecked');
  await options.close();
});

test('the library manager rejects a hostile pack, changing nothing, and imports a good one', async () => {
  const manager = await firefox.browser.newPage();
  await firefox.openExtensionPage(manager, 'library.html');
  const text = (id: string) =>
    manager.$eval(`[data-testid="${id}"]`, (el) => (el as HTMLElement).innerText).catch(() => '');
  const before = await until(() => text('library-count').then((c) => /\d/.test(c) && c), 'count');
  const input = (await manager.$('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;

  await input.uploadFile(path.join(PACKS.dir, PACKS.hostile));
  const error = await until(() => text('import-error'), 'the import error');
  assert.ok(error.includes(PACKS.hostileProblem), error);
  assert.equal(await text('library-count'), before);
  assert.equal(await manager.$$eval('a[href^="javascript:"]', (links) => links.length), 0);

  await input.uploadFile(path.join(PACKS.dir, PACKS.good));
  await until(() => text('import-result'), 'the import result');
  await manager.type('[data-testid="library-search"]', PACKS.goodSearch);
  await until(
    () => text('library-entries').then((e) => e.includes(PACKS.goodDocument)),
    'the imported document in the library',
  );
  await manager.close();

  // The article, analysed again, lists the imported document among its independent sources.
  await article.reload();
  const tabId = await tabIdFor(ARTICLE_PATH);
  const panel = await firefox.browser.newPage();
  await firefox.openExtensionPage(panel, `sidepanel.html?tabId=${tabId}`);
  await until(
    () => panel.evaluate(() => document.body.innerText).then((t) => t.includes(PACKS.goodDocument)),
    'the imported document in the panel',
  );
  await panel.close();
});

test('the extension logged no error during the session', () => {
  // Firefox writes the console of extension pages to its stdout (pref set by FirefoxSession).
  // Firefox's own noise when an extension tab navigates away while a message is in flight.
  const noise = /Actor 'Conduits' destroyed/;
  const errors = firefox.extensionConsole().filter((l) => /error/i.test(l) && !noise.test(l));
  assert.deepEqual(errors, []);
});

test('no request left 127.0.0.1 during the session', () => {
  // Firefox's own services are pointed at dummy.test by puppeteer; those requests are Firefox's.
  const outside = network.requests.filter((r) => !hostOf(r.target).endsWith('dummy.test'));
  assert.deepEqual(outside, []);
  console.log(`# ${network.requests.length} requests by Firefox itself (to dummy.test), none else`);
});

test('the recorders see requests and console errors of extension contexts (so the tests above can fail)', async () => {
  await probe.evaluate(async () => {
    const background = browser.extension.getBackgroundPage() as unknown as Window;
    await Promise.allSettled([
      fetch('http://page-canary.invalid/'),
      background.fetch('https://background-canary.invalid/'),
    ]);
  });
  const hosts = network.requests.map((r) => hostOf(r.target));
  assert.ok(hosts.includes('page-canary.invalid'), hosts.join(' '));
  assert.ok(hosts.includes('background-canary.invalid'), hosts.join(' '));
  await probe.evaluate(() => {
    const background = browser.extension.getBackgroundPage() as { console: Console };
    background.console.error('background-canary');
  });
  await until(
    () => Promise.resolve(firefox.extensionConsole().some((l) => l.includes('background-canary'))),
    'the console canary in the log',
  );
});

/** The host of a proxied URL or of a CONNECT target (host:port). */
function hostOf(target: string): string {
  return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
}
