/**
 * An element's HTML as the page's own serialiser writes it (`outerHTML`), but with the text of its
 * larger scripts and styles left out as it is written, not after: on some saved real pages scripts
 * are most of the article's part of the page (popsugar: 431 of 659 KB, nytimes-5: 646 of 816 KB),
 * and the serialiser spent most of the copy's time writing code that `withoutCode` then threw away
 * (issue 18).
 */

/** Scripts of this type are kept whole: Readability reads JSON-LD. */
const JSON_LD = 'application/ld+json';
const XHTML = 'http://www.w3.org/1999/xhtml';
/** A script shorter than this is written by the serialiser: walking to it costs more. */
const MIN_SKIPPED_CHARS = 512;
/** Less code than this in all: the serialiser writes the whole element. */
const MIN_TOTAL_CHARS = 8_192;
/**
 * Characters of code left out per node written here (or handed to the serialiser one by one)
 * below which the serialiser writes the whole element: each such node costs the first call about
 * 10 µs, a kilobyte of code serialised 30–37 µs (Chromium, real pages; README, issue 18).
 */
const MIN_CHARS_PER_NODE = 100;
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
  // By tag name, read with `item(i)`: on most pages this look is all there is (too little code),
  // and it is cheaper than matching a selector against every element.
  for (const tag of ['script', 'style']) {
    const found = root.getElementsByTagName(tag);
    for (let i = 0, el = found.item(0); el; el = found.item(++i)) {
      if (tag === 'script' && el.getAttribute('type')?.toLowerCase() === JSON_LD) continue;
      const chars = el.textContent?.length ?? 0;
      if (chars < MIN_SKIPPED_CHARS || el.namespaceURI !== XHTML) continue;
      skipped.add(el);
      total += chars;
    }
  }
  if (total < MIN_TOTAL_CHARS) return root.outerHTML;
  const onPath = new Set<Element>();
  let nodes = 0;
  for (const el of skipped) {
    for (let up = el.parentElement; up && !onPath.has(up); up = up.parentElement) {
      if (up.namespaceURI !== XHTML || RAW_TEXT.test(up.localName)) return root.outerHTML;
      onPath.add(up);
      nodes += up.childNodes.length;
      if (up === root) break;
    }
  }
  if (total < nodes * MIN_CHARS_PER_NODE) return root.outerHTML;
  const out: string[] = [];
  write(root, skipped, onPath, out);
  return out.join('');
}

function write(el: Element, skipped: Set<Element>, onPath: Set<Element>, out: string[]): void {
  if (skipped.has(el)) {
    out.push(`${openTag(el)} </${el.localName}>`);
    return;
  }
  if (!onPath.has(el)) {
    out.push(el.outerHTML);
    return;
  }
  out.push(openTag(el));
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) write(child as Element, skipped, onPath, out);
    else if (child.nodeType === 3) out.push(escapeText((child as Text).data));
    else if (child.nodeType === 8) out.push('<!---->');
  }
  out.push(`</${el.localName}>`);
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

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '\u00a0': '&nbsp;',
  '<': '&lt;',
  '>': '&gt;',
};
const TEXT_SPECIAL = /[&<>\u00a0]/;
const TEXT_SPECIALS = /[&<>\u00a0]/g;

/** Text as the HTML serialiser writes it outside raw-text elements (most such text needs none). */
const escapeText = (text: string): string =>
  TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, (ch) => TEXT_ESCAPES[ch]!) : text;

/** An attribute value as Chromium's HTML serialiser writes it between double quotes. */
const escapeAttribute = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');
