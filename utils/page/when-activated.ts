/**
 * Resolves once the page is one the reader navigated to: at once, or, for a page the browser is
 * prerendering (speculation rules, the address bar's guess), when the reader goes to it
 * (`prerenderingchange`). A prerendered page may never be shown, yet Chrome runs content scripts
 * in it (its `MessageSender.documentLifecycle` has a `prerender` state for their messages): its
 * analysis would cost the machine for nothing and be recorded as what the tab shows while the
 * reader is still on the page before (README, "The tab's history"). Never resolves once `signal`
 * aborts.
 */
export function whenActivated(doc: Document, signal: AbortSignal): Promise<void> {
  if (!(doc as { prerendering?: boolean }).prerendering) return Promise.resolve();
  return new Promise((resolve) => {
    doc.addEventListener('prerenderingchange', () => resolve(), { once: true, signal });
  });
}
