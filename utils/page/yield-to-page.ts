const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

/**
 * Gives the page's main thread back for a moment, so long work never blocks it in one task. A
 * MessageChannel task queues behind whatever the page has waiting (scheduler.yield would jump the
 * queue, and setTimeout is clamped to 4 ms after a few rounds).
 */
export function yieldToPage(): Promise<void> {
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** How long to wait for an idle period at most: a page that is never idle still gets its analysis. */
const IDLE_TIMEOUT_MS = 200;

/**
 * Resolves once the page has painted: at once (after a yield) when it already has, as it usually
 * has by document_idle; otherwise in the browser's next idle period, or after a short timeout.
 */
export function afterFirstPaint(): Promise<void> {
  const painted =
    typeof performance.getEntriesByType === 'function' &&
    performance.getEntriesByType('paint').length > 0;
  if (painted || typeof requestIdleCallback !== 'function') return yieldToPage();
  return new Promise((resolve) =>
    requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }),
  );
}
