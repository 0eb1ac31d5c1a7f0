/**
 * The standfirst (the lead paragraph under the title) when Readability left it out: sites put it
 * in the title's box ("stage", "article-intro") apart from the body, and Readability keeps only the
 * body. The prose paragraphs between the title heading and the first text Readability kept are
 * read back from the page, at most a few, and none that is furniture, a teaser, a notice or a
 * metadata line.
 */
import { isContributorNote } from './contributor-note';
import { isLinkTeaser } from './furniture';
import { isMetaLine } from './meta-line';
import { isReaderNotice } from './reader-notice';
import { isSkippedByMarkup } from './skip-rules';

/** A standfirst is a paragraph or two; more is something else between title and body... */
const MAX_PARAGRAPHS = 3;
/** ...unless the page labels the box that holds them as the article's introduction. */
const MAX_INTRO_PARAGRAPHS = 6;
/** "article-intro", "intro", "standfirst", "lede", "dek"; not "post-intro" (what comes after). */
const INTRO_BOX =
  /(?:^|[\s_-])(?<!post[_-])(?:intro|introduction|standfirst|lede|dek)(?:$|[\s_-])/i;

/** Whether a box between `p` and the body is labelled as the introduction (class or id). */
function inIntroBox(p: Element): boolean {
  for (let el = p.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (INTRO_BOX.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
  }
  return false;
}
/** Elements walked from the title before giving up on finding the body. */
const MAX_WALK = 300;
/** Shorter paragraphs are labels, dates or credits. */
const MIN_LENGTH = 80;

/** Whether `p` or a box around it (up to the body) is furniture or a list item. */
function inFurniture(p: Element): boolean {
  for (let el: Element | null = p; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (el.tagName === 'LI' || isSkippedByMarkup(el)) return true;
  }
  return false;
}

/** Whether a paragraph reads as the standfirst: prose, not page furniture. */
function isLeadParagraph(p: Element): boolean {
  const length = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (length < MIN_LENGTH) return false;
  if (isLinkTeaser(p) || isReaderNotice(p) || isMetaLine(p) || isContributorNote(p)) return false;
  return !inFurniture(p);
}

/** Whether any text of `p` is already in the article (Readability does not keep page order). */
function holdsKept(p: Element, kept: ReadonlySet<Text>): boolean {
  const walker = p.ownerDocument.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (kept.has(t as Text)) return true;
  return false;
}

/**
 * The prose paragraphs after `heading` and before `firstKept` in document order (the standfirst
 * Readability left out, none of whose text it kept), or none when the body does not follow the
 * title closely.
 */
export function standfirstParagraphs(
  heading: Element | null,
  firstKept: Node | null,
  kept: ReadonlySet<Text>,
): Element[] {
  const doc = heading?.ownerDocument;
  if (!heading || !firstKept || !doc?.body) return [];
  // The body must come after the title, and not inside it.
  if (!(heading.compareDocumentPosition(firstKept) & 4 /* FOLLOWING */)) return [];
  if (heading.contains(firstKept)) return [];
  const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = heading;
  const found: Element[] = [];
  const intro: Element[] = [];
  // A labelled introduction is taken on its own: what follows it before the body (a warning, an
  // offer) is not the standfirst.
  const done = (): Element[] => (intro.length > 0 ? intro : found);
  for (let i = 0; i < MAX_WALK; i++) {
    const el = walker.nextNode() as Element | null;
    // The walk goes into the boxes holding the body too (the standfirst often shares one with
    // it) and ends at the first kept text's own element.
    if (!el || el === firstKept.parentElement) return done();
    if (el.compareDocumentPosition(firstKept) & 2 /* PRECEDING */) return done();
    if (el.tagName !== 'P' || !isLeadParagraph(el) || holdsKept(el, kept)) continue;
    if (inIntroBox(el)) {
      intro.push(el);
      if (intro.length > MAX_INTRO_PARAGRAPHS) return [];
    } else if (intro.length === 0) {
      found.push(el);
      if (found.length > MAX_PARAGRAPHS) return [];
    }
  }
  return [];
}
