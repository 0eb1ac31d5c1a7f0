/** Which of a set of elements are in or near the viewport, kept current by one IntersectionObserver. */
export interface NearViewport {
  /**
   * Observes exactly `elements` from now on. Elements already observed keep what is known of them;
   * new ones count as near until the observer's first report, so nothing is missing for a frame.
   */
  track(elements: Iterable<Element>): void;
  isNear(element: Element): boolean;
}

/**
 * Watches elements against the viewport grown by `margin` (CSS margin syntax, as rootMargin) and
 * calls `onChange` after each report that changed what is near.
 */
export function watchNearViewport(onChange: () => void, margin = '25% 0px'): NearViewport {
  const near = new Map<Element, boolean>();
  const observer = new IntersectionObserver(
    (entries) => {
      let changed = false;
      for (const entry of entries) {
        if (!near.has(entry.target)) continue;
        const box = entry.boundingClientRect;
        // An element without a box of its own (display: contents) never intersects: keep its
        // ranges drawn rather than lose them (display: none text draws nothing either way).
        const boxless =
          !entry.isIntersecting &&
          box.width === 0 &&
          box.height === 0 &&
          entry.target.getClientRects().length === 0;
        const now = entry.isIntersecting || boxless;
        if (near.get(entry.target) !== now) changed = true;
        near.set(entry.target, now);
      }
      if (changed) onChange();
    },
    { rootMargin: margin },
  );
  return {
    track(elements) {
      const wanted = new Set(elements);
      for (const el of near.keys()) {
        if (wanted.has(el)) continue;
        observer.unobserve(el);
        near.delete(el);
      }
      for (const el of wanted) {
        if (near.has(el)) continue;
        near.set(el, true);
        observer.observe(el);
      }
    },
    isNear: (element) => near.get(element) ?? false,
  };
}
