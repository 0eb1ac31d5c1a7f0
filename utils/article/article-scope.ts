/**
 * The part of the page that can hold the article: the deepest element holding most of its prose
 * and the title heading. The page copies and sends only this part (inside empty copies of the boxes
 * around it) instead of its whole body, because Chrome's message costs the page in proportion to
 * its length (README, issue 18); the in-process path (CLI, eval) parses the same part, so both
 * read the same text.
 */
import { insideListItem, isProse } from './may-hold-article';
import { pageTitles } from './page-titles';
import { titleHeading } from './title-heading';

/**
 * Share of the page's prose (in characters) the scope must hold. Footers, promotions and comment
 * boxes hold long paragraphs too; on the train pages 80 % lost nothing Readability kept (two
 * thirds began to: README, issue 18).
 */
const PROSE_SHARE = 0.8;
/** Less prose than this says too little about where the article is: the whole body is sent. */
const MIN_PROSE = 600;
/** Paragraphs read at most (as the gate). */
const SCAN_CAP = 3000;

/**
 * The element to copy for Readability: the body, or the deepest element holding `PROSE_SHARE` of
 * the prose of the page's paragraphs, widened to hold the title heading too (under any of the
 * page's titles: Readability's may be any of them) (the standfirst is
 * read between the two), and then to its parent, so that Readability still sees the boxes beside
 * its pick (it adds siblings that read as part of the article) — but not to the body: what stands
 * beside a page's outermost box is its header and footer.
 */
export function articleScope(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const held = new Map<Element, number>();
  let total = 0;
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < SCAN_CAP; i++) {
    const p = paragraphs.item(i);
    if (!p) break;
    if (insideListItem(p)) continue;
    const length = (p.textContent ?? '').trim().length;
    if (!isProse(p, length)) continue;
    total += length;
    for (let el = p.parentElement; el && el !== body; el = el.parentElement)
      held.set(el, (held.get(el) ?? 0) + length);
  }
  if (total < MIN_PROSE) return body;
  // The elements holding the share form one chain from the body down: the deepest is the one
  // inside all the others.
  let scope: Element = body;
  for (const [el, length] of held)
    if (length >= PROSE_SHARE * total && scope.contains(el)) scope = el;
  for (const title of pageTitles(doc)) {
    const heading = titleHeading(doc, title);
    if (heading && body.contains(heading))
      while (!scope.contains(heading) && scope.parentElement) scope = scope.parentElement;
  }
  if (scope === body || scope.parentElement === body) return scope;
  return scope.parentElement ?? body;
}

/** The boxes from the body's child down to the scope's parent (outermost first). */
export function boxesAround(scope: Element): Element[] {
  const chain: Element[] = [];
  for (let el = scope.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement)
    chain.push(el);
  return chain.reverse();
}
