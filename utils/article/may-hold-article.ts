/**
 * The cheap first look: whether a page can hold an article at all, decided without cloning or
 * parsing it, so that a page that is not an article costs next to nothing. Readability's
 * `isProbablyReaderable` test (long paragraphs, scored by the square root of their excess length)
 * with lower thresholds, a cap on the paragraphs read, and schema.org article markup as a yes.
 */

import { hasSectionedText } from './sectioned-text';

/**
 * Lower than Readability's (140 and 20): a short news item of a few 150-character paragraphs is an
 * article too, and this only decides whether to look closer.
 */
const MIN_CONTENT = 100;
const MIN_SCORE = 10;
/** Blocks of one kind read at most, and blocks without prose in a row before giving up on them. */
const SCAN_CAP = 3000;
const EMPTY_RUN = 200;

// Readability's class/id words for page furniture, and the words that overrule them.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

/** A JSON-LD type saying the page is a news or blog article (schema.org). */
const ARTICLE_TYPE =
  /"@type"\s*:\s*\[?\s*"(?:(?:News|Reporting|Analysis|Opinion|Blog|Scholarly)?Article|BlogPosting)"/;

/** An element hidden by its own attributes or inline style (no layout needed to tell). */
function hiddenByMarkup(el: Element): boolean {
  const style = el.getAttribute('style');
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (style !== null && /display:\s*none|visibility:\s*hidden/i.test(style))
  );
}

/** Whether a list item holds the element (a walk up is cheaper than `closest` on a listing). */
export function insideListItem(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName === 'LI') return true;
  return false;
}

/** A paragraph this long outside lists is running text, if too short to count as prose. */
const MIN_RUNNING = 30;

/**
 * What one block adds to the score: nothing unless it is visible prose outside furniture; -1 for
 * a block of running text too short to score.
 */
function proseScore(node: Element): number {
  const length = (node.textContent ?? '').trim().length;
  if (length < MIN_RUNNING) return 0;
  if (length < MIN_CONTENT) return -1;
  return isProse(node, length) ? Math.sqrt(length - MIN_CONTENT) : 0;
}

/**
 * Whether a block of `length` characters (its text, trimmed) counts as prose: long enough, not
 * hidden by its markup, not named as furniture.
 */
export function isProse(node: Element, length: number): boolean {
  if (length < MIN_CONTENT || hiddenByMarkup(node)) return false;
  const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
  return !UNLIKELY.test(names) || MAYBE.test(names);
}

/**
 * Blocks read one at a time through `item(i)`: in Chromium, indexing a live collection (`c[i]`)
 * goes through a slow path that made reading 200 paragraphs cost 0.4–0.7 ms on a cold page, where
 * `item(i)` costs 0.1–0.2 ms.
 */
interface Blocks {
  item(index: number): Element | null;
}

/** Whether the page may hold an article: worth cloning and handing to Readability. */
export function mayHoldArticle(doc: Document): boolean {
  let score = 0;
  let running = false;
  // Paragraphs read, and of those the list items' blurbs (which never count as prose).
  let read = 0;
  let listed = 0;
  const scan = (blocks: Blocks): boolean => {
    let sinceProse = 0;
    for (let i = 0; i < SCAN_CAP && sinceProse < EMPTY_RUN; i++) {
      const block = blocks.item(i);
      if (!block) return false;
      read += 1;
      // Cheapest test first: on a listing, nearly every paragraph is a list item's blurb.
      if (block.tagName === 'P' && insideListItem(block)) {
        listed += 1;
        sinceProse += 1;
        continue;
      }
      const add = proseScore(block);
      if (add < 0) running = true;
      sinceProse = add > 0 ? 0 : sinceProse + 1;
      score += Math.max(0, add);
      if (score > MIN_SCORE) return true;
    }
    return false;
  };
  // Paragraphs first, through a live collection read lazily: a listing stops after a few hundred
  // items. (Asking a live collection for its length would walk the whole page.)
  if (scan(doc.getElementsByTagName('p'))) return true;
  // Sites put their JSON-LD in the head, a small part of the page to search.
  for (const script of doc.head?.querySelectorAll('script[type="application/ld+json"]') ?? []) {
    if (ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  }
  // A page whose first paragraphs, a run long enough to give up on, are all list items' blurbs is
  // a list of items (a catalogue, search results): the rarer kinds of block are not looked for,
  // which would cost up to three walks of what is often the largest kind of page.
  if (read >= EMPTY_RUN && listed === read) return false;
  if (otherBlocksScore(doc, scan)) return true;
  // Headed sections of lists and short paragraphs are an article too (steps, a how-to); looked
  // for only where some paragraph outside the lists is running text, so a listing (its paragraphs
  // are list items' blurbs) pays no second walk of the page.
  return running && hasSectionedText(doc);
}

/** Whether `<article>`s, `<pre>`s or text broken by `<br>` make the score. */
function otherBlocksScore(doc: Document, scan: (blocks: Blocks) => boolean): boolean {
  // Whether any of these kinds of block exist at all (a listing usually has none), a kind at a
  // time: up to three walks of the page by tag name cost less than one walk matching a selector
  // list against every element (about 0.9 → 0.6 ms on the bench's 15,000-element listing).
  const any = (tag: string) => doc.getElementsByTagName(tag).item(0) !== null;
  if (!any('article') && !any('pre') && !any('br')) return false;
  if (scan(doc.querySelectorAll('article, pre'))) return true;
  // Text broken by <br> rather than paragraphs counts through the <div> holding it.
  const divs = new Set<Element>();
  const brs = doc.getElementsByTagName('br');
  for (let i = 0; i < SCAN_CAP; i++) {
    const br = brs.item(i);
    if (!br) break;
    const parent = br.parentElement;
    if (parent?.tagName === 'DIV') divs.add(parent);
  }
  const list = [...divs];
  return scan({ item: (i) => list[i] ?? null });
}
