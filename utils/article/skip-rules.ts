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

// Class/id words news sites use for boxes that sit inside the article but are not its text.
const SKIP_NAME =
  /(?:^|[\s_-])(comments?|share|social|related|newsletter|promo|advert|ad-slot|byline-tools|recirc)(?:$|[\s_-])/i;

/** Whether an element (and everything inside it) stays out of the article text. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.id.startsWith('sourcelight-')) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'search') return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  if (names.length > 1 && SKIP_NAME.test(names)) return true;
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
