// Stock Firefox ESR with the built extension, driven over WebDriver BiDi by puppeteer-core (the
// recipe in ../shared/notes/firefox-testing.md). Playwright's own Firefox is a patched build that
// cannot be installed here, and Playwright cannot drive a stock one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The built Firefox extension (npm run build:firefox). */
export const FIREFOX_EXTENSION_PATH = path.resolve(here, '../../.output/firefox-mv2');
const EXTENSION_ID = 'sourcelight@example.org';
// A fixed moz-extension:// host, set by pref before the install.
const UUID = '5e1f0c2a-0000-4000-8000-00000000a11c';
const ORIGIN = `moz-extension://${UUID}`;

interface Bidi {
  connection: { send(method: string, params: object): Promise<{ result: unknown }> };
}

/** Polls `fn` until it returns something truthy; throws `what` after `ms`. */
export async function until<T>(
  fn: () => Promise<T>,
  what: string,
  ms = 10_000,
): Promise<Exclude<T, null | undefined | false | '' | 0>> {
  let last: unknown = null;
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    try {
      const value = await fn();
      if (value) return value as Exclude<T, null | undefined | false | '' | 0>;
      last = value;
    } catch (e) {
      last = e;
    }
  }
  throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A headless Firefox with the extension installed as a temporary add-on. */
export class FirefoxSession {
  /** Lines Firefox wrote to stdout/stderr (extension console output included, by pref). */
  readonly log: string[] = [];

  private constructor(
    readonly browser: Browser,
    private readonly tmp: string,
  ) {
    const child = browser.process();
    for (const stream of [child?.stdout, child?.stderr])
      stream?.on('data', (d: Buffer) => this.log.push(...String(d).split('\n')));
  }

  /** Launches Firefox at `executablePath` with `prefs` added, and installs the extension. */
  static async start(
    executablePath: string,
    prefs: Record<string, unknown>,
  ): Promise<FirefoxSession> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-ff-'));
    fs.mkdirSync(path.join(tmp, 'home'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: path.join(tmp, 'profile'),
      // Its own HOME, or Firefox writes into ~/.config/mozilla.
      env: {
        ...process.env,
        HOME: path.join(tmp, 'home'),
        TMPDIR: tmp,
        // Release builds ignore the pref that points Firefox's own Remote Settings sync away from
        // Mozilla's servers (puppeteer sets it) unless this is set.
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      },
      // Lets BiDi navigate to moz-extension:// and run script in the browser window.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: UUID }),
        // console.* of web and extension pages to stdout (BiDi shows none from extensions), but
        // not Firefox's own (e.g. Remote Settings failing to reach its server, as it should here).
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': false,
        // Firefox's own connectivity checks (detectportal.firefox.com), which some builds make
        // even under automation: they are not the extension's, and the network check counts all.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        ...prefs,
      },
    });
    const session = new FirefoxSession(browser, tmp);
    await browser.installExtension(FIREFOX_EXTENSION_PATH);
    return session;
  }

  /** Sends a raw WebDriver BiDi command. */
  async send(method: string, params: object): Promise<unknown> {
    return (await (this.browser as unknown as Bidi).connection.send(method, params)).result;
  }

  /**
   * Opens an extension page (e.g. 'options.html') in `page`. page.goto() never resolves for
   * moz-extension:// (Firefox sends no load events for it over BiDi), so navigate with raw BiDi.
   */
  async openExtensionPage(page: Page, file: string): Promise<void> {
    await this.send('browsingContext.navigate', {
      // The frame's BiDi context id (puppeteer keeps it on an internal field).
      context: (page.mainFrame() as unknown as { _id: string })._id,
      url: `${ORIGIN}/${file}`,
      wait: 'complete',
    });
  }

  /** Runs `expression` in the browser window (chrome scope); null when this Firefox has none. */
  async inBrowserWindow(expression: string): Promise<unknown> {
    const tree = (await this.send('browsingContext.getTree', { 'moz:scope': 'chrome' }).catch(
      () => ({ contexts: [] }),
    )) as { contexts: { context: string; url: string }[] };
    const win = tree.contexts[0];
    // Firefox 140 gives no chrome scope over BiDi: its tree lists only the tabs.
    if (!win?.url.startsWith('chrome://')) return null;
    const r = (await this.send('script.evaluate', {
      expression,
      target: { context: win.context },
      awaitPromise: true,
    })) as { type: string; result?: { value: unknown }; exceptionDetails?: { text: string } };
    if (r.type !== 'success') throw new Error(`browser window: ${r.exceptionDetails?.text}`);
    return r.result?.value ?? true;
  }

  /**
   * Clicks the extension's toolbar button for the selected tab, through the same code path as a
   * user's click (so the extension's sidebarAction.toggle() counts as user input). False when this
   * Firefox cannot run script in its browser window (Firefox 140).
   */
  async clickToolbarButton(): Promise<boolean> {
    const parent = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent`;
    const done = await this.inBrowserWindow(
      `${parent}.apiManager.global.browserActionFor(${parent}.GlobalManager.getExtension('${EXTENSION_ID}')).triggerAction(window)`,
    );
    return done !== null;
  }

  /** An extension page, kept open, from which the sidebar and the background can be read. */
  async probe(): Promise<Page> {
    const page = await this.browser.newPage();
    await this.openExtensionPage(page, 'options.html');
    return page;
  }

  /** Console lines of the extension (and of web pages: console.* lines name no origin). */
  extensionConsole(): string[] {
    return this.log.filter((l) => l.includes(ORIGIN) || /^console\.(error|warn)/.test(l));
  }

  async close(): Promise<void> {
    // Removing the add-on first unloads its background page normally. Quitting with it loaded makes
    // Firefox cut short the one script that runs then, Dexie's pagehide listener (a no-op unless
    // the page enters the back-forward cache), and log "Script terminated by timeout": harmless.
    await this.browser.uninstallExtension(EXTENSION_ID).catch(() => undefined);
    await this.browser.close().catch(() => undefined);
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

/** The text of the open sidebar, read from an extension page; null when no sidebar is open. */
export function sidebarTextIn(probe: Page): Promise<string | null> {
  return probe.evaluate(() => {
    const views = browser.extension.getViews({ type: 'sidebar' }) as Window[];
    return views[0]?.document.body.innerText ?? null;
  });
}

declare const browser: {
  extension: { getViews(filter: { type: string }): unknown[] };
};
