import { browser } from 'wxt/browser';

const PATH = '/offscreen.html';
let ready: Promise<void> | null = null;

/**
 * Opens Chrome's offscreen document (once per worker life; it stays open): a hidden page with a DOM
 * where Readability parses copies of the pages, so that it never runs on a page's main thread.
 */
export function ensureOffscreenDocument(): Promise<void> {
  ready ??= (async () => {
    const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (open.length > 0) return;
    await browser.offscreen.createDocument({
      url: browser.runtime.getURL(PATH),
      reasons: ['DOM_PARSER'],
      justification: 'Finds the article in a copy of the page, off the page’s main thread.',
    });
  })();
  ready.catch(() => (ready = null));
  return ready;
}

/** Forgets the document (closed by the browser, or never made), so the next call opens it again. */
export function forgetOffscreenDocument(): void {
  ready = null;
}
