/** Where an element is relative to the viewport: on screen, within scrolling distance, or further. */
export type Zone = 'view' | 'near' | 'far';

/**
 * On screen, plus a few px: covers the frame an update takes while the reader starts to scroll
 * slowly. Each highlighted paragraph in this zone costs main-thread time on every frame a page
 * restyles (issue 18), so it stays small.
 */
export const VIEW_MARGIN_PX = 32;
/** A quarter of the viewport's height above and below: what is drawn ahead while the reader scrolls. */
export const NEAR_FRACTION = 0.25;

/** The zone of a box from `top` to `bottom` (viewport px) in a viewport `height` px tall. */
export function zoneFor(
  top: number,
  bottom: number,
  height: number,
  viewMarginPx = VIEW_MARGIN_PX,
  nearFraction = NEAR_FRACTION,
): Zone {
  const within = (m: number) => bottom >= -m && top <= height + m;
  if (within(viewMarginPx)) return 'view';
  return within(height * nearFraction) ? 'near' : 'far';
}

/**
 * Whether a range whose block is in `zone` is registered: what is on screen always, what is near
 * only while the reader scrolls (so it is drawn before it comes into view), nothing further.
 */
export function isDrawn(zone: Zone, scrolling: boolean): boolean {
  return zone === 'view' || (scrolling && zone === 'near');
}

/**
 * How long one frame's measuring may take: a 50,000-word article has about a thousand highlighted
 * blocks, which took a frame 20–38 ms to measure on a slow machine (issue 10: no task over 50 ms).
 */
export const FRAME_BUDGET_MS = 8;
/** Elements measured between two looks at the clock. */
const CHECK_EVERY = 32;

/** The zone of `el` as laid out now. A box-less element (display: contents) counts as in view. */
function measure(el: Element, height: number): Zone {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0 && el.getClientRects().length === 0) return 'view';
  return zoneFor(box.top, box.bottom, height);
}

/** Which zone each of a set of elements is in. */
export interface ViewportZones {
  /**
   * Measures exactly `elements` from now on. New ones are measured at once, as many as a frame's
   * budget allows (registering every range of a long article for its first frame made that frame
   * dear); any left count as in view until the next frame's measurement (nothing is missing).
   */
  track(elements: Iterable<Element>): void;
  zoneOf(element: Element): Zone;
}

/**
 * Keeps the zones of tracked elements current and calls `onChange` when one changed. Measured
 * in the frame after tracking starts, once per frame while anything scrolls, and when the window or
 * the page's height changes; a round that would take a frame more than `FRAME_BUDGET_MS` goes on
 * in the next frames, and `onChange` comes once it is done. Not an IntersectionObserver: on a page that re-lays out every frame, an observer
 * recomputes every target's geometry on every frame, for as long as the tab is open (issue 18).
 */
export function watchViewportZones(
  doc: Document,
  onChange: () => void,
  signal?: AbortSignal,
  now: () => number = () => performance.now(),
): ViewportZones {
  const view = doc.defaultView ?? window;
  const zones = new Map<Element, Zone>();
  let frame: number | undefined;
  // One round measures every tracked element; on a very long article it goes on over several
  // frames (`FRAME_BUDGET_MS` each), and starts again if the page moved meanwhile.
  let round: { elements: Element[]; next: number; changed: boolean } | null = null;
  let movedDuringRound = false;
  const update = (): void => {
    frame = undefined;
    const height = view.innerHeight;
    const started = now();
    round ??= { elements: [...zones.keys()], next: 0, changed: false };
    while (round.next < round.elements.length) {
      const el = round.elements[round.next++]!;
      const before = zones.get(el);
      // No longer tracked since the round began.
      if (before === undefined) continue;
      const zone = measure(el, height);
      if (zone !== before) round.changed = true;
      zones.set(el, zone);
      if (round.next % CHECK_EVERY === 0 && now() - started > FRAME_BUDGET_MS) {
        frame = view.requestAnimationFrame(update);
        return;
      }
    }
    const { changed } = round;
    round = null;
    if (movedDuringRound) {
      movedDuringRound = false;
      schedule();
    }
    if (changed) onChange();
  };
  const schedule = (): void => {
    if (round !== null) movedDuringRound = true;
    else if (frame === undefined && zones.size > 0) frame = view.requestAnimationFrame(update);
  };
  // Capture: an inner scroller holding the article moves it too; one that does not (a carousel
  // scrolling itself) is none of ours.
  const scrolled = (event: Event): void => {
    const target = event.target as Node | null;
    const inner = target !== null && target.nodeType === 1 && target !== doc.documentElement;
    if (inner && ![...zones.keys()].some((el) => target.contains(el))) return;
    schedule();
  };
  doc.addEventListener('scroll', scrolled, { capture: true, passive: true, signal });
  view.addEventListener('resize', schedule, { passive: true, signal });
  // Content added, removed or unfolded above the article moves it without a scroll.
  const resized = new view.ResizeObserver(schedule);
  resized.observe(doc.documentElement);
  signal?.addEventListener('abort', () => {
    resized.disconnect();
    if (frame !== undefined) view.cancelAnimationFrame(frame);
  });
  return {
    track(elements) {
      const wanted = new Set(elements);
      for (const el of zones.keys()) if (!wanted.has(el)) zones.delete(el);
      const started = now();
      const height = view.innerHeight;
      let unmeasured = false;
      let checked = 0;
      for (const el of wanted) {
        if (zones.has(el)) continue;
        // Measured now while the budget lasts (the page is laid out by the time an article is
        // drawn, so this forces no layout the next frame would not do anyway); the rest count as
        // in view until the next frame's measurement.
        if (unmeasured || (++checked % CHECK_EVERY === 0 && now() - started > FRAME_BUDGET_MS)) {
          unmeasured = true;
          zones.set(el, 'view');
        } else zones.set(el, measure(el, height));
      }
      if (unmeasured || round !== null) schedule();
    },
    zoneOf: (element) => zones.get(element) ?? 'far',
  };
}
