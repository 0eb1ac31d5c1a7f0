import highlightCss from '~/assets/highlight.css?raw';
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

/** The highlight stylesheet (assets/highlight.css), for pages the content script's manifest does not style. */
export const HIGHLIGHT_CSS = highlightCss;

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
