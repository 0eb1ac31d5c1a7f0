/**
 * A note about the writer set apart in italics at the end of an op-ed or a guest post ("Jane Roe
 * is a professor of law at …"): it tells who wrote the article, not what the article says, like a
 * byline. Recognised by its shape: the whole block in <em>/<i>, opening with a name and "is a",
 * "is the" or "was a", without quotation marks.
 */
import { shortBlockText } from './short-block';

/** Longer blocks are prose, italics or not. */
const MAX_NOTE = 800;
const QUOTES = /["“”«»]/;
/** Two to four capitalised words (a name, not "The Board …"), then "is/was a/an/the …". */
const NOTE_OPENING =
  /^(?!(?:The|A|An|This|That|These|Those|Our|Its|His|Her|Their)\s)(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*,?\s(?:is|was)\s(?:a|an|the)\s/u;
const ITALIC = new Set(['EM', 'I']);

/** Whether all of `el`'s words sit inside italics. */
function allItalic(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if ((child as Text).data.trim() !== '') return false;
    } else if (child.nodeType === 1) {
      const inner = child as Element;
      if (!ITALIC.has(inner.tagName.toUpperCase()) && !allItalic(inner)) return false;
    }
  }
  return true;
}

/** Whether a block of the parsed article is a note about its writer. */
export function isContributorNote(el: Element): boolean {
  const text = shortBlockText(el, MAX_NOTE);
  if (text === null || QUOTES.test(text) || !NOTE_OPENING.test(text)) return false;
  return allItalic(el);
}
