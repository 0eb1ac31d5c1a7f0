import type { BenchMarkName } from '../../utils/page/bench-mark';

/** One step of a page's session, between two of the content script's marks. */
export interface PagePhase {
  name: string;
  from: BenchMarkName;
  to: BenchMarkName;
  what: string;
}

/**
 * The steps from the content script's start to its highlights, in order (`page-phases.ts`), as
 * Chromium's loader takes them: it copies the page for the extension before the page session has
 * loaded (`early-copy.ts`). A large page that has not painted by then is copied by the session
 * after its first paint instead, and its marks come in another order (`phaseDurations`).
 */
export const PAGE_PHASES: readonly PagePhase[] = [
  {
    name: 'until-shown',
    from: 'injected',
    to: 'start',
    what: 'the loader waits until the page is shown',
  },
  { name: 'gate', from: 'start', to: 'gated', what: 'may the page hold an article (the loader)' },
  {
    name: 'paint',
    from: 'gated',
    to: 'painted',
    what: 'until it may be copied (at once where it has painted or is small)',
  },
  { name: 'scope', from: 'painted', to: 'scoped', what: 'the part that can hold it' },
  { name: 'copy', from: 'scoped', to: 'copied', what: 'its HTML serialised' },
  { name: 'send', from: 'copied', to: 'sent', what: 'the message’s synchronous part' },
  {
    name: 'load',
    from: 'sent',
    to: 'loaded',
    what: 'the page session fetched, compiled (off the main thread) while the extension works',
  },
  {
    name: 'evaluate',
    from: 'loaded',
    to: 'session-start',
    what: 'the bundle’s modules evaluated',
  },
  {
    name: 'wait',
    from: 'session-start',
    to: 'replied',
    what: 'what is left of the wait for the extension (Readability, the engine)',
  },
  { name: 'check', from: 'replied', to: 'parsed', what: 'the reply checked' },
  { name: 'map', from: 'parsed', to: 'text-mapped', what: 'the plan mapped onto the text nodes' },
  { name: 'analysis', from: 'text-mapped', to: 'analysis-received', what: 'the spans checked' },
  { name: 'ranges', from: 'analysis-received', to: 'ranges-made', what: 'findings and Ranges' },
  {
    name: 'draw',
    from: 'ranges-made',
    to: 'highlighted',
    what: 'highlighter made, ranges registered',
  },
  {
    name: 'total',
    from: 'injected',
    to: 'highlighted',
    what: 'the content script’s start to highlights',
  },
];

/**
 * Each phase's duration in ms from a load's marks (name → time); phases without both marks, or
 * whose marks came the other way round (a page the session copied itself), are left out. `shown`
 * is when the highlights came, counted from the page's navigation.
 */
export function phaseDurations(marks: ReadonlyMap<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  const shown = marks.get('highlighted');
  if (shown !== undefined) out.shown = shown;
  for (const { name, from, to } of PAGE_PHASES) {
    const a = marks.get(from);
    const b = marks.get(to);
    if (a !== undefined && b !== undefined && b >= a) out[name] = b - a;
  }
  return out;
}
