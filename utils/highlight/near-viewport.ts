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

/** The zone of `el` as laid out now. A box-less element (display: contents) counts as in view. */
function measure(el: Element, height: number): Zone {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0 && el.getClientRects().length === 0) return 'view';
  return zoneFor(box.top, box.bottom, height);
}

/** Which zone each of a set of elements is in. */
export interface ViewportZones {
  /**
   * Measures exactly `elements` from now on. New ones count as in view until the next frame's
   * measurement (nothing is missing for a frame, and no layout is forced here).
   */
  track(elements: Iterable<Element>): void;
  zoneOf(element: Element): Zone;
}

/**
 * Keeps the zones of tracked elements current and calls `onChange` when one changed. Measured
 * in the frame after tracking starts, once per frame while anything scrolls, and when the window or
 * the page's height changes. Not an IntersectionObserver: on a page that re-lays out every frame, an observer
 * recomputes every target's geometry on every frame, for as long as the tab is open (issue 18).
 */
export function watchViewportZones(
  doc: Document,
  onChange: () => void,
  signal?: AbortSignal,
): ViewportZones {
  const view = doc.defaultView ?? window;
  const zones = new Map<Element, Zone>();
  let frame: number | undefined;
  const update = (): void => {
    frame = undefined;
    const height = view.innerHeight;
    let changed = false;
    for (const [el, before] of zones) {
      const now = measure(el, height);
      if (now !== before) changed = true;
      zones.set(el, now);
    }
    if (changed) onChange();
  };
  const schedule = (): void => {
    if (frame === undefined && zones.size > 0) frame = view.requestAnimationFrame(update);
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
      for (const el of wanted) if (!zones.has(el)) zones.set(el, 'view');
      schedule();
    },
    zoneOf: (element) => zones.get(element) ?? 'far',
  };
}
