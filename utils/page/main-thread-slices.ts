import { yieldToPage } from './yield-to-page';

/**
 * How long one stretch of the page session's work may hold the page's main thread. Well under the
 * 50 ms of a long task even on a slow machine, where a step takes two to four times what it takes
 * on a quick one; long enough that the yields (a task hop each) cost little beside the work.
 */
export const SLICE_MS = 10;

/** Work on the page's main thread, given back to the page whenever it has held it for a slice. */
export interface MainThreadSlices {
  /** Yields to the page when the current slice is used up (then a new one starts); else nothing. */
  maybeYield(): Promise<void>;
  /** Yields to the page now, and starts a new slice (after a step that already took its task long). */
  yieldNow(): Promise<void>;
}

/**
 * Slices of the page's main thread for one run of work: a step that may be long (mapping a large
 * article's text, making its Ranges) is followed by `maybeYield`, so no single task the page sees
 * holds more than about a slice of ours (issue 10, `page.longestTaskMs`). On a short article every
 * step fits in the first slice and nothing waits.
 */
export function mainThreadSlices(
  sliceMs = SLICE_MS,
  now: () => number = () => performance.now(),
): MainThreadSlices {
  let sliceStart = now();
  const yieldNow = async (): Promise<void> => {
    await yieldToPage();
    sliceStart = now();
  };
  return {
    maybeYield: () => (now() - sliceStart < sliceMs ? Promise.resolve() : yieldNow()),
    yieldNow,
  };
}
