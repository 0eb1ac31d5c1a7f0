/** The steps the content script marks (tests/bench/page-phase-marks.ts reads them in order). */
export type BenchMarkName =
  | 'injected'
  | 'loaded'
  | 'start'
  | 'gated'
  | 'session-start'
  | 'painted'
  | 'scoped'
  | 'copied'
  | 'sent'
  | 'replied'
  | 'parsed'
  | 'text-mapped'
  | 'text-differs'
  | 'analysis-received'
  | 'ranges-made'
  | 'highlighted'
  | 'done';

/**
 * Marks a step for `npm run bench`, in the bench's builds only (`SOURCELIGHT_MARKS`): a page can
 * read every performance mark, so marks in the reader's build would tell any site that Sourcelight
 * is installed, and each cost the page's main thread a little (issue 18).
 */
export function benchMark(name: BenchMarkName): void {
  if (import.meta.env.SOURCELIGHT_MARKS) performance.mark(`sourcelight:${name}`);
}
