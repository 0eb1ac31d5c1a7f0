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
