import { hasPainted } from './ready-to-copy';

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

/** How long to wait for a frame at most: a background tab draws none until it is shown. */
const FRAME_TIMEOUT_MS = 100;

/**
 * Resolves once the page has painted: at once when it already has, as it usually has by
 * document_idle (the reader sees the page, and a yield would only queue the article behind
 * whatever the page has waiting); otherwise just after the next frame is drawn (or a short timeout).
 */
export function afterFirstPaint(): Promise<void> {
  if (hasPainted()) return Promise.resolve();
  if (typeof requestAnimationFrame !== 'function') return yieldToPage();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_TIMEOUT_MS);
    // A frame callback runs just before the paint; a task queued from it runs just after.
    requestAnimationFrame(() => {
      clearTimeout(timer);
      void yieldToPage().then(resolve);
    });
  });
}
