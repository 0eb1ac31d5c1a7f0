import {
  HIGHLIGHT_NAMES,
  ensureHighlightStyle,
  type Highlighter,
  type HighlightKind,
} from './highlighter';
import { isDrawn, watchViewportZones } from './near-viewport';
import { watchScrolling } from './scroll-activity';

const FLASH_MS = 1600;

/** Whether the CSS Custom Highlight API is there (Chromium 105+, Firefox 140+). */
export function supportsCssHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The element whose box holds `range`: what is watched against the viewport for it. */
function blockOf(range: Range): Element | null {
  const node = range.commonAncestorContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/**
 * Highlights with CSS.highlights: nothing in the page's DOM changes. `styled`: the page already
 * has the highlight stylesheet (assets/highlight.css, injected by the content script's manifest).
 *
 * Only the ranges on screen are registered (and, while the reader scrolls, those near it), none
 * while the tab is hidden: Chromium rebuilds every registered range's markers and repaints their
 * text nodes on each frame in which anything on the page restyles, so on a page that animates,
 * each registered paragraph costs main-thread time for as long as the tab is open (issue 18;
 * README, "Steady-state cost of highlights").
 */
export function createCssHighlighter(
  doc: Document,
  signal?: AbortSignal,
  styled = false,
): Highlighter {
  // Adding the stylesheet to a laid-out page restyles all of it: the content script's manifest
  // injects it as the page starts instead (`styled`).
  const style = (): void => {
    if (!styled) ensureHighlightStyle(doc);
  };
  let flashTimer: number | undefined;
  const registry = CSS.highlights;
  let groups: Record<HighlightKind, Range[]> | null = null;

  const sync = (): void => {
    if (!groups) return;
    const hidden = doc.visibilityState === 'hidden';
    for (const kind of Object.keys(groups) as HighlightKind[]) {
      const drawn = hidden
        ? []
        : groups[kind].filter((r) => {
            const block = blockOf(r);
            return !block || isDrawn(viewport.zoneOf(block), scroll.scrolling);
          });
      if (drawn.length === 0) registry.delete(HIGHLIGHT_NAMES[kind]);
      else registry.set(HIGHLIGHT_NAMES[kind], new Highlight(...drawn));
    }
  };
  const viewport = watchViewportZones(doc, sync, signal);
  const scroll = watchScrolling(doc, sync, signal);
  doc.addEventListener('visibilitychange', sync, { signal });

  return {
    show(next) {
      style();
      groups = next;
      const blocks = Object.values(next).flatMap((ranges) => ranges.map(blockOf));
      viewport.track(blocks.filter((b): b is Element => b !== null));
      sync();
    },
    flash(range) {
      style();
      const highlight = new Highlight(range);
      highlight.priority = 10;
      registry.set(HIGHLIGHT_NAMES.active, highlight);
      clearTimeout(flashTimer);
      flashTimer = window.setTimeout(() => registry.delete(HIGHLIGHT_NAMES.active), FLASH_MS);
    },
    clear() {
      groups = null;
      viewport.track([]);
      // Only our names: CSS.highlights.clear() would also remove the page's own highlights.
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    },
  };
}
