import { browser } from 'wxt/browser';
import { sendToExtension } from '../messaging/transport';
import { benchMark } from './bench-mark';
import { bareReport } from './page-report-base';
import { PAGE_SESSION_FILE } from './page-session-path';
import { whenShown } from './when-shown';
import { mayHoldArticle } from '../article/may-hold-article';
import { sleepUntilArticle } from './dormant-page';
import { copyEarly } from './early-copy';
import { handOff, type SessionHandoff } from './session-handoff';

/** The built page session's address inside the extension. */
export const PAGE_SESSION_PATH = `/${PAGE_SESSION_FILE}` as const;

/** Shown in the panel when the page session's file could not be loaded into the page. */
export const NOT_LOADED =
  'Sourcelight could not start on this page (its page script did not load). Reload the page to try again.';

/**
 * Loads the page session as a module, once the page may hold an article. The content script itself
 * is only this loader and the gate: Chromium parses and compiles a script the manifest injects on
 * the page's main thread, while a module it fetches is compiled off it, as it streams in. On a
 * site's first page, whose new process has nothing compiled yet, that took about 25 ms of compiling
 * off the page's main thread (traced), and the median real page's added time from +33 to +19 ms
 * (README, issue 18, thirteenth session). The cost: the session starts later, once the module has
 * come (`page.loadMs2k`). A page the gate turns away loads nothing and sleeps
 * (`sleepUntilArticle`) until it may hold one after all, or the panel speaks to it.
 */
export async function loadPageSession(
  signal: AbortSignal,
  doc: Document = document,
  mayHold: (doc: Document) => boolean = mayHoldArticle,
): Promise<void> {
  benchMark('injected');
  // A page the reader cannot see yet (a background tab, a prerender) loads nothing until shown.
  await whenShown(doc, signal);
  benchMark('start');
  let handoff: Omit<SessionHandoff, 'early'>;
  if (mayHold(doc)) {
    benchMark('gated');
    // The session starts without a message of its own: nothing came while nobody listened.
    handoff = { gatePassed: true, takeOver: () => undefined };
  } else {
    handoff = await sleepUntilArticle(doc, signal, mayHold);
  }
  // The module is asked for first, and comes while the page is copied; it cannot run before this
  // task ends, so the handoff left below is there when it starts. The extension works on the
  // copy meanwhile.
  const loading = import(/* @vite-ignore */ browser.runtime.getURL(PAGE_SESSION_PATH));
  handOff({ ...handoff, early: handoff.gatePassed ? copyEarly(doc) : null });
  try {
    await loading;
  } catch {
    // Nothing else would tell the panel why the page shows nothing.
    await sendToExtension(bareReport(doc, 'error', NOT_LOADED));
  }
}
