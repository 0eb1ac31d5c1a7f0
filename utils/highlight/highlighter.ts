import type { FindingKind } from '../page/findings';

/** Highlight names, one per kind, plus one for the finding being flashed. */
export const HIGHLIGHT_NAMES = {
  quote: 'sourcelight-quote',
  term: 'sourcelight-term',
  /** Terms only the learned model flags: drawn more lightly than the lexicon's. */
  possible: 'sourcelight-term-possible',
  sourcing: 'sourcelight-sourcing',
  active: 'sourcelight-active',
  /** The reader's own marks in the "spot it yourself" exercise. */
  selection: 'sourcelight-selection',
} as const;

/** What can be drawn: the three kinds of finding, "possibly loaded" terms, and the reader's exercise selections. */
export type HighlightKind = FindingKind | 'possible' | 'selection';

/** Draws findings on the page; implementations must leave the page as they found it on clear(). */
export interface Highlighter {
  show(groups: Record<HighlightKind, Range[]>): void;
  flash(range: Range): void;
  clear(): void;
}

/**
 * The document-level stylesheet both implementations use. Background tints only: Firefox (140+)
 * draws no `text-decoration` inside `::highlight()` (issue 14), and in Chromium a decoration gives
 * each highlighted text node visual overflow to recompute on every frame a page restyles (issue 18).
 */
export const HIGHLIGHT_CSS = `
::highlight(sourcelight-quote) { background-color: rgba(66, 133, 244, 0.22); }
::highlight(sourcelight-term) { background-color: rgba(255, 193, 7, 0.45); }
::highlight(sourcelight-term-possible) { background-color: rgba(255, 193, 7, 0.16); }
::highlight(sourcelight-sourcing) { background-color: rgba(234, 88, 12, 0.22); }
::highlight(sourcelight-selection) { background-color: rgba(16, 185, 129, 0.35); }
::highlight(sourcelight-active) { background-color: rgba(236, 72, 153, 0.45); }
mark.sourcelight-quote { background: rgba(66, 133, 244, 0.22); color: inherit; }
mark.sourcelight-term { background: rgba(255, 193, 7, 0.45); color: inherit; }
mark.sourcelight-term-possible { background: rgba(255, 193, 7, 0.16); color: inherit; }
mark.sourcelight-sourcing { background: rgba(234, 88, 12, 0.22); color: inherit; }
mark.sourcelight-selection { background: rgba(16, 185, 129, 0.35); color: inherit; }
mark.sourcelight-active { background: rgba(236, 72, 153, 0.45); color: inherit; }
`;

const adopted = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adds the stylesheet once without touching the page's DOM: an adopted (constructed) stylesheet,
 * so no element, id or attribute is added. Where adopting fails (Firefox refuses a sheet made in
 * a content script's compartment on some versions), a <style> in <head>, outside the article.
 */
export function ensureHighlightStyle(doc: Document): void {
  if (adopted.has(doc) || doc.getElementById('sourcelight-style')) return;
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      adopted.set(doc, sheet);
      return;
    }
  } catch {
    // Fall through to the <style> element.
  }
  const style = doc.createElement('style');
  style.id = 'sourcelight-style';
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}
