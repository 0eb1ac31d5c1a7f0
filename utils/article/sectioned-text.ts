/**
 * A second look for the gate (`may-hold-article.ts`): an article can be written as headed sections
 * of lists and short paragraphs (steps, a how-to, a wiki page), with no paragraph long enough for
 * the prose test. Its headings are text, not links, and each is followed by text that is not links
 * either; a listing's or a home page's headings are links to other pages, or head lists of links.
 */

/** Headings read at most, and blocks after each (up to the next heading). */
const MAX_HEADINGS = 40;
const MAX_BLOCKS = 6;
/** Text (outside links) a section needs, and sections a page needs. */
const MIN_SECTION_TEXT = 80;
const MIN_SECTIONS = 3;

const HEADING = /^H[2-4]$/;
/** Boxes whose headings are no sections of the article. */
const FURNITURE = 'nav, aside, footer, header, form, [role="navigation"], [hidden]';

/** The text of `el` outside its links, as a length (whitespace squashed). */
function ownTextLength(el: Element): number {
  let length = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  for (const a of el.getElementsByTagName('a')) {
    length -= (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return Math.max(0, length);
}

/** The text outside links in the blocks after `heading`, up to the next heading. */
function sectionText(heading: Element): number {
  // A heading in a wrapper of its own ("<div class=title"><h2>…</h2></div>) heads its wrapper's siblings.
  let from: Element = heading;
  if (!heading.nextElementSibling && heading.parentElement) from = heading.parentElement;
  let total = 0;
  let block = from.nextElementSibling;
  for (let i = 0; block && i < MAX_BLOCKS; i++, block = block.nextElementSibling) {
    if (HEADING.test(block.tagName)) break;
    total += ownTextLength(block);
    if (total >= MIN_SECTION_TEXT) return total;
  }
  return total;
}

/** Whether the page holds at least three headed sections of text that is not links. */
export function hasSectionedText(doc: Document): boolean {
  const headings = doc.querySelectorAll('h2, h3, h4');
  let sections = 0;
  for (let i = 0; i < MAX_HEADINGS; i++) {
    // item(i), not [i]: indexing a collection is a slow path in Chromium (see may-hold-article.ts).
    const h = headings.item(i);
    if (!h) break;
    // A heading that is a link names another page (a headline on a home page).
    if (ownTextLength(h) === 0 || h.closest('a') || h.closest(FURNITURE)) continue;
    if (sectionText(h) >= MIN_SECTION_TEXT && ++sections >= MIN_SECTIONS) return true;
  }
  return false;
}
