/**
 * An element's HTML as the page's own serialiser writes it (`outerHTML`), but with the text of its
 * larger scripts and styles left out as it is written, not after: on some saved real pages scripts
 * are most of the article's part of the page (popsugar: 467 of 659 KB), and the serialiser spent
 * most of the copy's time writing code that `withoutCode` then threw away (issue 18).
 */

/** Scripts (but JSON-LD, which Readability reads) and styles, where the copy leaves out the text. */
const CODE_ELEMENTS = 'script:not([type="application/ld+json" i]), style';
const XHTML = 'http://www.w3.org/1999/xhtml';
/** A script shorter than this is written by the serialiser: walking to it costs more. */
const MIN_SKIPPED_CHARS = 512;
/** Less code than this in all: the serialiser writes the whole element. */
const MIN_TOTAL_CHARS = 8_192;
/** Elements whose text the serialiser writes unescaped: a path through one is left to it. */
const RAW_TEXT = /^(?:script|style|xmp|iframe|noembed|noframes|plaintext|noscript|template)$/;

/**
 * `root.outerHTML` with each large script's or style's text written as one space (what the copy
 * keeps of it, so that it stays one text node), comments on the way to one written empty: the
 * elements around such code are written here, the rest by the serialiser. Falls back to the
 * serialiser when the way to the code leaves plain HTML.
 */
export function outerHtmlWithoutCode(root: Element): string {
  const skipped = new Set<Element>();
  let total = 0;
  for (const el of root.querySelectorAll(CODE_ELEMENTS)) {
    const chars = el.textContent?.length ?? 0;
    if (chars < MIN_SKIPPED_CHARS || el.namespaceURI !== XHTML) continue;
    skipped.add(el);
    total += chars;
  }
  if (total < MIN_TOTAL_CHARS) return root.outerHTML;
  const onPath = new Set<Element>();
  for (const el of skipped) {
    for (let up = el.parentElement; up && !onPath.has(up); up = up.parentElement) {
      if (up.namespaceURI !== XHTML || RAW_TEXT.test(up.localName)) return root.outerHTML;
      onPath.add(up);
      if (up === root) break;
    }
  }
  return write(root, skipped, onPath);
}

function write(el: Element, skipped: Set<Element>, onPath: Set<Element>): string {
  if (skipped.has(el)) return `${openTag(el)} </${el.localName}>`;
  if (!onPath.has(el)) return el.outerHTML;
  let out = openTag(el);
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) out += write(child as Element, skipped, onPath);
    else if (child.nodeType === 3) out += escapeText((child as Text).data);
    else if (child.nodeType === 8) out += '<!---->';
  }
  return `${out}</${el.localName}>`;
}

/**
 * An element's start tag, written here rather than by serialising a shallow clone: cloning a
 * custom element would run the page's own constructor for it.
 */
export function openTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const a of el.attributes) tag += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return `${tag}>`;
}

/** Text as the HTML serialiser writes it outside raw-text elements. */
const escapeText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** An attribute value as Chromium's HTML serialiser writes it between double quotes. */
const escapeAttribute = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');
