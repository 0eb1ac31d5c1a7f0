/**
 * Page furniture that Readability keeps inside the article and class names do not give away: a
 * block that is nothing but a link ("Read more: <a>Other story</a>", "[VIDEO] <a>…</a>", a list of
 * other stories' headlines) is a teaser for another page, not the article's text.
 */

/** Blocks that may be teasers; a long block is prose even when it is one long link. */
const TEASER_TAGS = new Set(['P', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'DT', 'DD']);
const MAX_TEASER = 200;
/** Text outside the links allowed in a teaser: a label such as "Read more:" or "[VIDEO]". */
const MAX_LABEL = 20;

/** Whether a block of the parsed article is a link to another story with at most a short label. */
export function isLinkTeaser(el: Element): boolean {
  if (!TEASER_TAGS.has(el.tagName.toUpperCase())) return false;
  const links = el.getElementsByTagName('a');
  if (links.length === 0) return false;
  const length = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (length === 0 || length > MAX_TEASER) return false;
  let linked = 0;
  for (const a of links) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked > 0 && length - linked <= MAX_LABEL;
}
