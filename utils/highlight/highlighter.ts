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

/** The document-level stylesheet both implementations use. */
export const HIGHLIGHT_CSS = `
::highlight(sourcelight-quote) { background-color: rgba(66, 133, 244, 0.18); text-decoration: underline 2px rgba(26, 86, 200, 0.85); }
::highlight(sourcelight-term) { background-color: rgba(255, 193, 7, 0.45); }
::highlight(sourcelight-term-possible) { background-color: rgba(255, 193, 7, 0.16); text-decoration: underline dotted 2px rgba(180, 120, 0, 0.8); }
::highlight(sourcelight-sourcing) { text-decoration: underline wavy 2px #c2410c; }
::highlight(sourcelight-selection) { background-color: rgba(16, 185, 129, 0.35); text-decoration: underline 2px #047857; }
::highlight(sourcelight-active) { background-color: rgba(236, 72, 153, 0.45); }
mark.sourcelight-quote { background: rgba(66, 133, 244, 0.18); color: inherit; text-decoration: underline 2px rgba(26, 86, 200, 0.85); }
mark.sourcelight-term { background: rgba(255, 193, 7, 0.45); color: inherit; }
mark.sourcelight-term-possible { background: rgba(255, 193, 7, 0.16); color: inherit; text-decoration: underline dotted 2px rgba(180, 120, 0, 0.8); }
mark.sourcelight-sourcing { background: transparent; color: inherit; text-decoration: underline wavy 2px #c2410c; }
mark.sourcelight-selection { background: rgba(16, 185, 129, 0.35); color: inherit; }
mark.sourcelight-active { background: rgba(236, 72, 153, 0.45); color: inherit; }
`;

/** Adds the stylesheet once, outside the article (in <head>), so the article's DOM is untouched. */
export function ensureHighlightStyle(doc: Document): void {
  if (doc.getElementById('sourcelight-style')) return;
  const style = doc.createElement('style');
  style.id = 'sourcelight-style';
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}
