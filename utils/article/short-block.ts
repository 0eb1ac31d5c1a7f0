/**
 * The text of a short block with no block inside it (a one-line paragraph, a label, a notice),
 * for the wording rules (`reader-notice.ts`, `meta-line.ts`). The leaf test comes first so that a
 * box holding paragraphs is passed over without reading its whole text.
 */

const CANDIDATE_TAGS = new Set(['P', 'DIV', 'LI', 'DD', 'H2', 'H3', 'H4', 'H5', 'H6']);
// <br> is not here: "Posted: …<br>Category: …" is still one short line of metadata.
const INNER_BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'PRE',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'HEADER',
  'MAIN',
]);

/** `el`'s text, whitespace squashed, if it is a leaf block of at most `max` characters; else null. */
export function shortBlockText(el: Element, max: number): string | null {
  if (!CANDIDATE_TAGS.has(el.tagName.toUpperCase())) return null;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (INNER_BLOCKS.has(c.tagName.toUpperCase())) return null;
  }
  const raw = el.textContent ?? '';
  // Whitespace may double a short line's length in markup, hardly more.
  if (raw.length > max * 3) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= max ? text : null;
}
