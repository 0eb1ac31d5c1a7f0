/** Elements whose text is never part of the article the reader reads. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'LABEL',
  'FIGCAPTION',
  'MENU',
]);

// Class/id words news sites use for boxes that sit inside the article but are not its text: one
// word of a class token ("share", "post-byline", "related_links"), not part of a word ("shared").
const SKIP_WORD =
  /^(?:comments?|share|sharing|social|related|newsletter|promo|advert|ad-slot|recirc|byline|bylines|credit|credits|caption|breadcrumbs?|teaser|dateline|timestamp|tags|author|authors|bio|date|published|updated|posted|meta)$/i;
// A token that says the box is *without* the thing ("no-share", "has-comments") names no furniture.
const NEGATED = /^(?:no|has|with|without|hide|disable)$/i;

/** Whether an element's class or id names a piece of page furniture. */
export function namedFurniture(el: Element): boolean {
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`.trim();
  if (names === '') return false;
  for (const token of names.split(/\s+/)) {
    const words = token.split(/[-_]+/);
    if (words.length > 0 && NEGATED.test(words[0]!)) continue;
    if (words.some((w) => SKIP_WORD.test(w))) return true;
  }
  return false;
}

/** Whether an element stays out of the article text by its tag, attributes or role. */
export function isSkippedByTag(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.id.startsWith('sourcelight-')) return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'complementary' || role === 'search';
}

/** Whether an element (and everything inside it) stays out of the article text, by its markup alone. */
export function isSkippedByMarkup(el: Element): boolean {
  return isSkippedByTag(el) || namedFurniture(el);
}

/** Whether an element (and everything inside it) stays out of the article text: markup or not rendered. */
export function isSkippedElement(el: Element): boolean {
  if (isSkippedByMarkup(el)) return true;
  // checkVisibility is missing in Node DOMs (the CLI); there, only attributes decide.
  if (typeof (el as HTMLElement).checkVisibility === 'function') {
    return !(el as HTMLElement).checkVisibility();
  }
  return false;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'BR',
  'HR',
]);

/** Whether an element starts a new paragraph in the plain text. */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}
