const QUIET_MS = 250;

/**
 * Watches the page for changes that matter to the analysis (text inside the article changing, the
 * article being replaced, content arriving late) and calls `onChange` once per burst, when the
 * browser is idle. The observer callback only sets a flag: work is batched, never done per mutation.
 */
export function watchForChanges(
  doc: Document,
  isRelevant: (record: MutationRecord) => boolean,
  onChange: () => void,
  signal: AbortSignal,
): { pause(): void; resume(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const run = (): void => {
        if (!signal.aborted) onChange();
      };
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(run, { timeout: 1000 });
      else run();
    }, QUIET_MS);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (isRelevant(r)) {
        schedule();
        return;
      }
    }
  });
  const options: MutationObserverInit = { childList: true, characterData: true, subtree: true };
  const observe = (): void => observer.observe(doc.body ?? doc.documentElement, options);
  observe();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  });
  return {
    // Our own fallback <mark> wrapping must not count as a page change.
    pause: () => observer.disconnect(),
    resume: () => {
      observer.takeRecords();
      if (!signal.aborted) observe();
    },
  };
}
