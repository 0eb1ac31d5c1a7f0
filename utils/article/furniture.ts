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

const squeezed = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, '');

/** Characters of `el`'s text outside its links (whitespace aside), or -1 when it has no link. */
function unlinkedLength(el: Element): number {
  const links = el.getElementsByTagName('a');
  if (links.length === 0) return -1;
  let linked = 0;
  for (const a of links) linked += squeezed(a).length;
  return squeezed(el).length - linked;
}

/** Whether a block of the parsed article is a link to another story with at most a short label. */
export function isLinkTeaser(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (!TEASER_TAGS.has(tag)) return false;
  const length = squeezed(el).length;
  if (length === 0 || length > MAX_TEASER) return false;
  const unlinked = unlinkedLength(el);
  if (unlinked < 0 || unlinked === length || unlinked > MAX_LABEL) return false;
  if (tag === 'LI') return !listHoldsProse(el.parentElement);
  if (tag[0] === 'H') return !amongPlainHeadings(el);
  return true;
}

/**
 * Whether a heading has a sibling of its own level that is not a link: then the headings are the
 * article's sections and a linked one ("<h4><a>Password Manager</a></h4>" beside "<h4>Fission</h4>")
 * names a section too; a run of other stories' headlines is links throughout.
 */
function amongPlainHeadings(heading: Element): boolean {
  const parent = heading.parentElement;
  if (!parent) return false;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (el !== heading && el.tagName === heading.tagName && unlinkedLength(el) < 0) {
      if (squeezed(el).length > 0) return true;
    }
  }
  return false;
}

/**
 * Whether a list has an item written as prose (more than a label outside its links). A list of
 * other stories is links throughout; a link-only item in a list whose other items are sentences
 * ("Fixed <a>Bug 123</a>, which …" beside "<a>Bug 456 – Window opens twice</a>") is one of the
 * article's own points, and so is one in a list nested in such a list's item. Read once per list: the items of a long list of links would otherwise
 * each scan all of it.
 */
const proseLists = new WeakMap<Element, boolean>();
function listHoldsProse(list: Element | null): boolean {
  if (!list) return false;
  let prose = proseLists.get(list);
  if (prose === undefined) {
    prose = false;
    for (let item = list.firstElementChild; item && !prose; item = item.nextElementSibling) {
      if (item.tagName.toUpperCase() !== 'LI') continue;
      const unlinked = unlinkedLength(item);
      // An item without links counts when it is a sentence's worth of words, not a bare label.
      prose = unlinked < 0 ? squeezed(item).length > MAX_LABEL : unlinked > MAX_LABEL;
    }
    // A list nested in a point of such a list ("In progress:" over links to bugs) is its detail.
    const owner = list.parentElement;
    if (!prose && owner?.tagName.toUpperCase() === 'LI')
      prose = listHoldsProse(owner.parentElement);
    proseLists.set(list, prose);
  }
  return prose;
}
