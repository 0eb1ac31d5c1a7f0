import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, EXTENSION_PATH } from './fixtures';
import { SidePanel } from './side-panel';
import {
  openAnalysed,
  pageHighlights,
  tabIdFor,
  tabStateFor,
  textPoint,
  waitForReport,
} from './helpers';
import { ARTICLE, ARTICLE_PATH } from './shared/fixture-article';
import { highlightBackgroundsInPage } from './shared/in-page';
import { OPEN_PANEL_HINT } from '../../utils/messaging/show-in-panel-reply';
import { COMPILE_HINT } from '../../utils/page/compile-hint';
import { UNREADABLE } from '../../utils/page/request-article';
import { PAGE_SESSION_FILE } from '../../utils/page/page-session-path';

/** The part of `chrome.runtime` the worker is asked about here. */
interface OffscreenRuntime {
  getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]>;
}

test('highlights the expected phrases with CSS.highlights and leaves the article DOM byte-identical', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  // Capture the article as the server sent it, before any script of ours could run.
  await page.goto(ARTICLE_PATH, { waitUntil: 'domcontentloaded' });
  const before = await page.locator('article').evaluate((a) => a.outerHTML);
  await waitForReport(serviceWorker, ARTICLE_PATH);
  await expect
    .poll(() => pageHighlights(page).then((h) => Object.keys(h).sort()))
    .toEqual(expect.arrayContaining(['sourcelight-quote', 'sourcelight-term']));
  const highlights = await pageHighlights(page);
  expect(highlights['sourcelight-term']!.map((t) => t.toLowerCase())).toEqual(
    expect.arrayContaining([...ARTICLE.terms]),
  );
  expect(highlights['sourcelight-quote']!.join(' ')).toContain(ARTICLE.quote);
  // Nothing from the nav, the aside, the comment form or the comments section is highlighted.
  const all = Object.values(highlights).flat().join(' | ');
  for (const text of ARTICLE.outside) expect(all).not.toContain(text);
  expect(await page.locator('article').evaluate((a) => a.outerHTML)).toBe(before);
});

test("the built page scripts carry V8's compile hint on their first line (compiled with the file, not function by function)", () => {
  for (const file of ['content-scripts/content.js', PAGE_SESSION_FILE]) {
    const script = readFileSync(path.join(EXTENSION_PATH, file), 'utf8');
    expect(script.startsWith(COMPILE_HINT)).toBe(true);
    // Once: the minifier kept no other copy, and the hint is not repeated by a second build step.
    expect(script.split(COMPILE_HINT.trim())).toHaveLength(2);
  }
});

test('the content script is only a loader: the page session comes as a module from a per-session address', async ({
  context,
  serviceWorker,
}) => {
  const built = (file: string) => readFileSync(path.join(EXTENSION_PATH, file), 'utf8');
  // The session's code (its message for an extension that did not answer) is not in the loader.
  expect(built(PAGE_SESSION_FILE)).toContain(UNREADABLE);
  expect(built('content-scripts/content.js')).not.toContain(UNREADABLE);
  // The loader carries the gate, what keeps a page that is not an article asleep and the copy it
  // sends once the gate lets the page through (`early-copy.ts`), no more: no zod, which the session
  // checks the answer with.
  expect(built('content-scripts/content.js').length).toBeLessThan(16_000);
  expect(built(PAGE_SESSION_FILE)).toContain('$ZodError');
  expect(built('content-scripts/content.js')).not.toContain('$ZodError');
  // A page cannot load the session from the extension's fixed address, so it cannot probe for it.
  const extensionId = new URL(serviceWorker.url()).host;
  const page = await openAnalysed(context, serviceWorker, ARTICLE_PATH);
  const probe = await page.evaluate(
    async ({ id, file }) => {
      try {
        await fetch(`chrome-extension://${id}/${file}`);
        return 'loaded';
      } catch {
        return 'refused';
      }
    },
    { id: extensionId, file: PAGE_SESSION_FILE },
  );
  expect(probe).toBe('refused');
  // Nor does the page see where it came from (the analysis above loaded it).
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  );
  expect(resources.filter((name) => name.endsWith(PAGE_SESSION_FILE))).toEqual([]);
});

test('a page that is not an article runs only the loader: the page session is never loaded into it', async ({
  context,
  serviceWorker,
}) => {
  /** The extension's scripts that ran in a page loaded at `url` (its isolated world included). */
  const extensionScripts = async (url: string, status: string) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const scripts: string[] = [];
    cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
      if (event.url.startsWith('chrome-extension://')) scripts.push(new URL(event.url).pathname);
    });
    await cdp.send('Debugger.enable');
    await page.goto(url);
    await waitForReport(serviceWorker, url, status);
    await page.close();
    return scripts;
  };
  const listing = await extensionScripts('/not-article.html', 'not-article');
  expect(listing).toContain('/content-scripts/content.js');
  expect(listing.filter((script) => script.endsWith(PAGE_SESSION_FILE))).toEqual([]);
  // The same look sees the session on an article (so the check above can fail).
  const article = await extensionScripts(ARTICLE_PATH, 'article');
  expect(article.filter((script) => script.endsWith(PAGE_SESSION_FILE))).toHaveLength(1);
});

test('the loader sends the page’s copy before the page session has loaded: the extension works on it meanwhile', async ({
  context,
  serviceWorker,
}) => {
  // What the extension has heard from pages, by type.
  await serviceWorker.evaluate(() => {
    const heard: string[] = [];
    (globalThis as { heard?: string[] }).heard = heard;
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message?.type) heard.push(message.type);
    });
  });
  const heard = () =>
    serviceWorker.evaluate(() => [...((globalThis as { heard?: string[] }).heard ?? [])]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Held just before the page session's module runs: has the copy already come?
  let copyBeforeSession: boolean | null = null;
  cdp.on('Debugger.paused', (event: { data?: { url?: string } }) => {
    void (async () => {
      if (copyBeforeSession === null && (event.data?.url ?? '').endsWith(PAGE_SESSION_FILE)) {
        copyBeforeSession = false;
        for (let i = 0; i < 40 && !copyBeforeSession; i++) {
          copyBeforeSession = (await heard()).includes('findArticle');
          if (!copyBeforeSession) await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      await cdp.send('Debugger.resume');
    })();
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setInstrumentationBreakpoint', {
    instrumentation: 'beforeScriptExecution',
  });
  await page.goto(ARTICLE_PATH);
  await waitForReport(serviceWorker, ARTICLE_PATH, 'article');
  expect(copyBeforeSession).toBe(true);
  // One copy only: the session took the loader's, and drew from its answer.
  expect((await heard()).filter((type) => type === 'findArticle')).toHaveLength(1);
  await expect
    .poll(() => pageHighlights(page).then((h) => h['sourcelight-quote']?.join(' ') ?? ''))
    .toContain(ARTICLE.quote);
});

test('a page asleep (not an article) answers the panel: hiding the highlights wakes the session, which reports it', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto('/not-article.html');
  await waitForReport(serviceWorker, '/not-article.html', 'not-article');
  const tabId = await tabIdFor(serviceWorker, '/not-article.html');
  const reply = await serviceWorker.evaluate(
    (id) =>
      chrome.tabs.sendMessage(id, { type: 'setHighlightsVisible', tabId: id, visible: false }),
    tabId,
  );
  expect(reply ?? null).toBeNull();
  await expect
    .poll(async () => {
      const state = (await tabStateFor(serviceWorker, '/not-article.html')) as {
        report: { status: string; highlightsVisible: boolean };
      } | null;
      return state && [state.report.status, state.report.highlightsVisible];
    })
    .toEqual(['not-article', false]);
});

test('a page whose policy allows no script at all is still analysed and highlighted (the page session loads all the same)', async ({
  context,
  serviceWorker,
}) => {
  const page = await openAnalysed(context, serviceWorker, `${ARTICLE_PATH}?csp=none`);
  await expect
    .poll(async () =>
      Object.values(await pageHighlights(page))
        .flat()
        .join(' | '),
    )
    .toContain(ARTICLE.quote);
});

test('the highlights are painted: their tint shows on screen and goes with them (the stylesheet scoped to :root)', async ({
  context,
  serviceWorker,
}) => {
  // The built stylesheet the manifest injects: every rule on the root element, none universal.
  const css = readFileSync(path.join(EXTENSION_PATH, 'content-scripts/content.css'), 'utf8');
  const rules = readFileSync(path.join(EXTENSION_PATH, '../../assets/highlight.css'), 'utf8').match(
    /^::highlight\(/gm,
  )!.length;
  expect(css.match(/:root::highlight\(/g)).toHaveLength(rules);
  expect(css.match(/(?<!:root)::highlight\(/g)).toBeNull();
  const page = await openAnalysed(context, serviceWorker, ARTICLE_PATH);
  await expect
    .poll(() => page.evaluate(highlightBackgroundsInPage))
    .toEqual(
      expect.objectContaining({
        'sourcelight-quote': expect.any(String),
        'sourcelight-term': expect.any(String),
      }),
    );
  // The box of the first term on screen, painted with the highlight and then without it.
  const box = await page.evaluate(() => {
    const [range] = [...CSS.highlights.get('sourcelight-term')!] as Range[];
    range!.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const r = range!.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  expect(box.width).toBeGreaterThan(0);
  // Past the scroll's settling (300 ms), after which the highlighter registers its ranges again.
  await page.waitForTimeout(800);
  const painted = await page.screenshot({ clip: box });
  await page.evaluate(
    () =>
      new Promise((done) => {
        CSS.highlights.delete('sourcelight-term');
        requestAnimationFrame(() => requestAnimationFrame(done));
      }),
  );
  const plain = await page.screenshot({ clip: box });
  expect(painted.equals(plain)).toBe(false);
});

test('Readability runs in the offscreen document, not on the page, and the highlights land on the page', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  // The page's own message listener, there before the content script starts.
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  await page.goto(ARTICLE_PATH);
  await waitForReport(serviceWorker, ARTICLE_PATH);
  await expect
    .poll(() => pageHighlights(page).then((h) => h['sourcelight-quote'] ?? []))
    .not.toEqual([]);
  // Nothing is posted to the page's window: its listeners would run for it, and the page could
  // tell Sourcelight is installed.
  expect(
    await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages),
  ).toEqual([]);
  // The reader's build leaves no performance marks: a page could read them and tell that
  // Sourcelight is installed (the bench's builds mark their steps).
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  expect(marks.filter((m) => m.startsWith('sourcelight'))).toEqual([]);
  // Readability (one of its own error messages stands for it) is in the extension's page code,
  // not in the content script that every page runs.
  const built = (file: string) => readFileSync(path.join(EXTENSION_PATH, file), 'utf8');
  const pageCode = readdirSync(path.join(EXTENSION_PATH, 'chunks'))
    .map((f) => built(path.join('chunks', f)))
    .join('');
  expect(pageCode).toContain('Aborting parsing document');
  for (const file of ['content-scripts/content.js', PAGE_SESSION_FILE])
    expect(built(file)).not.toContain('Aborting parsing document');
  const offscreen = await serviceWorker.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: OffscreenRuntime } }).chrome
      .runtime;
    const open = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    return open.map((c) => new URL(c.documentUrl ?? '').pathname);
  });
  expect(offscreen).toEqual(['/offscreen.html']);
});

test('with the offscreen document open, it plans the page from the page’s own message: the worker does not send the copy again', async ({
  context,
  serviceWorker,
}) => {
  // The first article opens the offscreen document; the page's copy reaches it from then on.
  await openAnalysed(context, serviceWorker, ARTICLE_PATH);
  await serviceWorker.evaluate(() => {
    const runtime = chrome.runtime as unknown as Record<string, unknown>;
    const send = runtime.sendMessage as (message: { type: string }) => Promise<unknown>;
    const sent: string[] = [];
    (globalThis as { sentTypes?: string[] }).sentTypes = sent;
    runtime.sendMessage = (message: { type: string }) => {
      sent.push(message.type);
      return send.call(chrome.runtime, message);
    };
  });
  const page = await openAnalysed(context, serviceWorker, `${ARTICLE_PATH}?again`);
  await expect
    .poll(() => pageHighlights(page).then((h) => h['sourcelight-quote']?.join(' ') ?? ''))
    .toContain(ARTICLE.quote);
  const sent = await serviceWorker.evaluate(
    () => (globalThis as { sentTypes?: string[] }).sentTypes ?? [],
  );
  expect(sent).toContain('takeEarlyPlan');
  expect(sent).not.toContain('parseArticleHtml');
});

test('messages between the extension’s contexts are structured clones, not JSON (the manifest’s message_serialization)', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // Only a structured clone carries a Map across; JSON would turn it into {}.
  await serviceWorker.evaluate(() => {
    chrome.runtime.onMessage.addListener((message: { probe?: unknown }, _sender, reply) => {
      if (!message || !('probe' in message)) return undefined;
      reply({ isMap: message.probe instanceof Map });
      return undefined;
    });
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const answer = await page.evaluate(() =>
    chrome.runtime.sendMessage({ probe: new Map([['a', 1]]) }),
  );
  expect(answer).toEqual({ isMap: true });
});

test('the hover card shows who said a quote and their role', async ({ context, serviceWorker }) => {
  const page = await openAnalysed(context, serviceWorker, ARTICLE_PATH);
  const box = await textPoint(page, ARTICLE.quotePoint);
  await page.mouse.move(box.x, box.y);
  const card = page.locator('#sourcelight-card');
  await expect(card).toContainText(ARTICLE.speaker);
  await expect(card).toContainText(ARTICLE.speakerRole);
  await expect(card).toContainText('told');
});

test('"Show in panel" on the card opens the side panel on that finding', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openAnalysed(context, serviceWorker, ARTICLE_PATH);
  const box = await textPoint(page, 'so-called');
  await page.mouse.click(box.x, box.y);
  await page.locator('#sourcelight-card').getByRole('button', { name: 'Show in panel' }).click();
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const runtime = chrome.runtime as unknown as { getContexts(f: object): Promise<unknown[]> };
        return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
      }),
    )
    .toBe(1);
  const panel = await SidePanel.attach(context, extensionId);
  await panel.waitFor(
    `document.querySelector('.finding--selected')?.textContent.includes('so-called')`,
  );
  // Chrome opened it from the page's click: the card has no "click the toolbar" hint to give.
  await expect(page.locator('#sourcelight-card')).not.toContainText(OPEN_PANEL_HINT);
  await panel.detach();
});

declare const chrome: typeof import('wxt/browser').browser;
