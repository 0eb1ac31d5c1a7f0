/**
 * Readability returns one article; an infinite-scroll page holds several, one <article> after the
 * other. The reader scrolls through all of them, so the ones beside Readability's are read too.
 */

/** Less text than this is a teaser card, not an appended story. */
const MIN_TEXT = 200;

/** The other <article> elements next to the one holding `root`, split by where they stand. */
export function siblingArticles(root: Element): { before: Element[]; after: Element[] } {
  const own = root.closest('article');
  const none = { before: [], after: [] };
  if (!own?.parentElement) return none;
  const before: Element[] = [];
  const after: Element[] = [];
  let seen = false;
  for (const el of own.parentElement.children) {
    if (el === own) seen = true;
    else if (el.tagName === 'ARTICLE' && (el.textContent ?? '').trim().length >= MIN_TEXT)
      (seen ? after : before).push(el);
  }
  return { before, after };
}
