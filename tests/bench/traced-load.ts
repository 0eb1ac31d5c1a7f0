import type { Page } from '@playwright/test';

/** A Chrome trace event, as far as the benches read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  args?: { beginData?: { url?: string }; name?: string; src_func?: string };
}

/** A top-level task of a thread, as Chromium's trace names it (older builds: `RunTask`). */
export const TOP_LEVEL_TASK = /^(?:ThreadControllerImpl::)?RunTask$/;

/**
 * The trace of `page` loading `url`, from the navigation to the load event + 3 s (or `afterMs`),
 * with the given trace categories. Traced through the page's own session it holds the page's
 * renderer and the browser process, and not reliably the extension's process; `everyProcess`
 * traces through the browser's session, which holds every process (the offscreen document and
 * the service worker too).
 */
export async function tracedLoad(
  page: Page,
  url: string,
  categories: string[],
  { everyProcess = false, afterMs = 3000 } = {},
): Promise<TraceEvent[]> {
  const browser = page.context().browser();
  const cdp =
    everyProcess && browser
      ? await browser.newBrowserCDPSession()
      : await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForTimeout(afterMs);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

/** The main thread of the renderer that parsed `url`, found by its `ParseHTML` event. */
export const parserThreadOf = (
  events: readonly TraceEvent[],
  isUrl: (url: string) => boolean,
): TraceEvent | undefined =>
  events.find((e) => e.name === 'ParseHTML' && isUrl(e.args?.beginData?.url ?? ''));

/**
 * Origins never used before, one per call, on the fixture server at `serverOrigin`: each is a site
 * of its own (`*.test`, mapped to 127.0.0.1 by launch-browser.ts), so a load there starts a new
 * renderer process with nothing of the extension compiled in it yet.
 */
export function freshSiteOrigins(serverOrigin: string): () => string {
  const { port } = new URL(serverOrigin);
  let site = 0;
  return () => `http://site${site++}.test:${port}`;
}
