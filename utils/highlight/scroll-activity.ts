/** How long after the last scroll event the reader counts as no longer scrolling. */
export const SCROLL_SETTLE_MS = 300;

/**
 * Tells `onChange` when the document starts scrolling and when it has settled (`settleMs` after the
 * last scroll event). Only the document's own scrolling: scroll events of inner scrollers (a
 * carousel that scrolls itself) do not reach a non-capturing listener on the document.
 */
export function watchScrolling(
  doc: Document,
  onChange: (scrolling: boolean) => void,
  signal?: AbortSignal,
  settleMs = SCROLL_SETTLE_MS,
): { readonly scrolling: boolean } {
  let scrolling = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = (): void => {
    scrolling = false;
    onChange(false);
  };
  doc.addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(settle, settleMs);
      if (scrolling) return;
      scrolling = true;
      onChange(true);
    },
    { passive: true, signal },
  );
  signal?.addEventListener('abort', () => clearTimeout(timer));
  return {
    get scrolling() {
      return scrolling;
    },
  };
}
