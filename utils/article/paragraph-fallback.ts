/**
 * When Readability keeps nothing or a scrap of a page that passed the gate (its scoring can pick a
 * teaser box, or reject every candidate of a page built from many small boxes), the article is most
 * often still there as a run of long paragraphs in one container. This finds that container: each
 * long paragraph counts its length for its parent and half of it for the grandparent, as in
 * Readability's own scoring, but without its class-name penalties and link-density cut-offs.
 */
import { isSkippedByMarkup } from './skip-rules';

/** Shorter paragraphs are labels, captions or blurbs, not article prose. */
const MIN_PARAGRAPH = 80;
/** Less long-paragraph text than this in the best container is no article either. */
const MIN_TOTAL = 250;

/**
 * Whether an element or an ancestor up to `root` is a list item or furniture (a blurb in a list of
 * stories), remembered per element: a listing has hundreds of paragraphs under the same boxes.
 */
function excluded(el: Element | null, root: Element, memo: Map<Element, boolean>): boolean {
  if (!el || el === root) return false;
  let out = memo.get(el);
  if (out === undefined) {
    out = el.tagName === 'LI' || isSkippedByMarkup(el) || excluded(el.parentElement, root, memo);
    memo.set(el, out);
  }
  return out;
}

/** The element under `root` holding the most text in long paragraphs, or null if there is none. */
export function densestParagraphContainer(root: Element): Element | null {
  const scores = new Map<Element, number>();
  const memo = new Map<Element, boolean>();
  const add = (el: Element | null, score: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  for (const p of root.getElementsByTagName('p')) {
    const length = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (length < MIN_PARAGRAPH || excluded(p, root, memo)) continue;
    add(p.parentElement, length);
    add(p.parentElement?.parentElement ?? null, length / 2);
  }
  let best: Element | null = null;
  let bestScore = MIN_TOTAL;
  for (const [el, score] of scores) {
    if (score >= bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
