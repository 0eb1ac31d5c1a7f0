import {
  HIGHLIGHT_NAMES,
  ensureHighlightStyle,
  type Highlighter,
  type HighlightKind,
} from './highlighter';

const FLASH_MS = 1600;

/** Whether the CSS Custom Highlight API is there (Chromium 105+, Firefox 140+). */
export function supportsCssHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Highlights with CSS.highlights: nothing in the page's DOM changes. */
export function createCssHighlighter(doc: Document): Highlighter {
  let flashTimer: number | undefined;
  const registry = CSS.highlights;
  return {
    show(groups) {
      ensureHighlightStyle(doc);
      for (const kind of Object.keys(groups) as HighlightKind[]) {
        const ranges = groups[kind];
        if (ranges.length === 0) registry.delete(HIGHLIGHT_NAMES[kind]);
        else registry.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges));
      }
    },
    flash(range) {
      ensureHighlightStyle(doc);
      const highlight = new Highlight(range);
      highlight.priority = 10;
      registry.set(HIGHLIGHT_NAMES.active, highlight);
      clearTimeout(flashTimer);
      flashTimer = window.setTimeout(() => registry.delete(HIGHLIGHT_NAMES.active), FLASH_MS);
    },
    clear() {
      // Only our names: CSS.highlights.clear() would also remove the page's own highlights.
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    },
  };
}
