/**
 * The `type` of every message the page side takes (`page-messages.ts` has their schemas). A plain
 * list, without zod, for Chromium's loader: while a page sleeps it only has to tell that a message
 * is for the page, and wake the page session, which checks it.
 */
export const PAGE_MESSAGE_TYPES: ReadonlySet<string> = new Set([
  'revealFinding',
  'setDismissed',
  'setHighlightsVisible',
  'setExerciseMode',
  'showSelections',
  'reanalyze',
  'setPassagePicking',
  'getSnapshot',
]);

/** Whether a raw message names one of the page's message types (not whether it is well formed). */
export function isPageMessageType(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    typeof (raw as { type?: unknown }).type === 'string' &&
    PAGE_MESSAGE_TYPES.has((raw as { type: string }).type)
  );
}
