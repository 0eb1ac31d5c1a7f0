/**
 * Resolves once the reader can see the page: at once for a tab in front, else when it is first
 * shown. A tab opened in the background is read when the reader goes to it, not while they are
 * still on the page they opened it from: several opened at once would otherwise each copy, send
 * and map their article then, and the extension parse and analyse them all, on a machine busy
 * with the page in front. A page the browser prerenders (speculation rules, the address bar's
 * guess) may never be shown, yet Chrome runs content scripts in it (its
 * `MessageSender.documentLifecycle` has a `prerender` state): its analysis would be recorded as
 * what the tab shows while the reader is still on the page before (README, "The tab's history").
 * Never resolves once `signal` aborts.
 */
export function whenShown(doc: Document, signal: AbortSignal): Promise<void> {
  const shown = (): boolean =>
    !(doc as { prerendering?: boolean }).prerendering && doc.visibilityState !== 'hidden';
  if (shown()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = new AbortController();
    const options = { signal: AbortSignal.any([signal, done.signal]) };
    const check = (): void => {
      if (!shown()) return;
      done.abort();
      resolve();
    };
    doc.addEventListener('prerenderingchange', check, options);
    doc.addEventListener('visibilitychange', check, options);
  });
}
