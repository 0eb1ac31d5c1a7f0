const QUIET_MS = 250;

/** Whether a mutation added an element that matches `selector` or holds one. */
export function addsMatching(record: MutationRecord, selector: string): boolean {
  for (const node of record.addedNodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.matches(selector) || el.querySelector(selector)) return true;
  }
  return false;
}

/**
 * Watches the page for changes that matter to the analysis (text inside the article changing, the
 * article being replaced, content arriving late) and calls `onChange` once per burst, when the
 * browser is idle. The observer callback only sets a flag: work is batched, never done per mutation.
 * Returns a way to report a change seen elsewhere, handled as one of the watcher's own.
 */
export function watchForChanges(
  doc: Document,
  isRelevant: (record: MutationRecord) => boolean,
  onChange: () => void,
  signal: AbortSignal,
): () => void {
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
  // The whole body, text included: an article's text may change anywhere in it. Measured on the
  // 25 real pages against a build that observes nothing, the observer adds nothing the bench can
  // see (README, issue 18, tenth session).
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  });
  return schedule;
}
