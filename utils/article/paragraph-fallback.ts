/**
 * When Readability keeps nothing or a scrap of a page that passed the gate (its scoring can pick a
 * teaser box, or reject every candidate of a page built from many small boxes), the article is most
 * often still there as a run of long paragraphs in one container. This finds that container: each
 * long paragraph counts its length for its parent and half of it for the grandparent, as in
 * Readability's own scoring, but without its class-name penalties and link-density cut-offs.
 */
import { isBlockElement, isSkippedByTag, namedFurniture } from './skip-rules';

/** Shorter paragraphs are labels, captions or blurbs, not article prose… */
const MIN_PARAGRAPH = 80;
/**
 * …unless they read as a sentence: news written one sentence to a paragraph has many of 40–80
 * characters (Readability itself scores paragraphs from 25).
 */
const MIN_SENTENCE = 40;
const SENTENCE_WORDS = 6;
// Full stops and question and exclamation marks of other scripts too: the danda of Hindi and
// Bengali, the CJK full-width marks, the Arabic question mark and the Urdu full stop.
const SENTENCE_END = /[.!?।。！？؟۔]["'”’)」』]?$/;

/** Whether a paragraph of `length` characters (whitespace squashed) counts as prose. */
function isProse(text: string, length: number): boolean {
  if (length >= MIN_PARAGRAPH) return true;
  if (length < MIN_SENTENCE) return false;
  const trimmed = text.trim();
  return SENTENCE_END.test(trimmed) && trimmed.split(/\s+/).length >= SENTENCE_WORDS;
}
/** Less long-paragraph text than this in the best container is no article either. */
export const MIN_TOTAL = 250;

/** The length of a paragraph's text with runs of whitespace read as one space, if it is prose, else 0. */
function proseLength(p: Element): number {
  const text = p.textContent ?? '';
  const length = text.replace(/\s+/g, ' ').trim().length;
  return isProse(text, length) ? length : 0;
}

/** How much text `el` holds in long paragraphs (its prose, as the fallback counts it). */
export function longParagraphText(el: Element): number {
  let total = 0;
  for (const p of el.getElementsByTagName('p')) total += proseLength(p);
  return total;
}

/**
 * The lengths of the runs of prose a `<br>` breaks `el` into (text written with line breaks rather
 * than paragraphs, which Readability reads as paragraphs too): inline content between breaks.
 */
function brokenRuns(el: Element): number[] {
  const runs: number[] = [];
  let run = '';
  const flush = () => {
    const length = run.replace(/\s+/g, ' ').trim().length;
    if (isProse(run, length)) runs.push(length);
    run = '';
  };
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) run += (child as Text).data;
    else if (child.nodeType !== 1) continue;
    else if (isBlockElement(child as Element)) flush();
    else run += child.textContent ?? '';
  }
  flush();
  return runs;
}

/** The element under `root` holding the most text in long paragraphs, or null if there is none. */
export function densestParagraphContainer(root: Element): Element | null {
  // Each long paragraph, and the element its text sits in: a <p>, or a box of text broken by <br>.
  const long: [Element, number][] = [];
  let total = 0;
  for (const p of root.getElementsByTagName('p')) {
    const length = proseLength(p);
    if (length === 0) continue;
    long.push([p, length]);
    total += length;
  }
  const broken = new Set<Element>();
  for (const br of root.getElementsByTagName('br')) {
    const box = br.parentElement;
    if (box && box.tagName !== 'P' && !broken.has(box)) broken.add(box);
  }
  // A broken box's runs count for the box itself: it is their paragraph's parent.
  const runsIn = new Map<Element, number>();
  for (const box of broken) {
    for (const length of brokenRuns(box)) {
      runsIn.set(box, (runsIn.get(box) ?? 0) + length);
      total += length;
    }
  }
  // How much of that text each element holds, for the guard below.
  const held = new Map<Element, number>();
  const hold = (from: Element, length: number) => {
    for (let el: Element | null = from; el && el !== root; el = el.parentElement)
      held.set(el, (held.get(el) ?? 0) + length);
  };
  for (const [p, length] of long) hold(p, length);
  for (const [box, length] of runsIn) hold(box, length);
  // A list item or furniture holds a blurb in a list of stories, not the article; remembered per
  // element (a listing has hundreds of paragraphs under the same boxes). A class name is a hint,
  // not proof, as in `walkKept`: a box holding most of the page's prose is the article, whatever
  // its classes say (WordPress names a post's box after its categories: "category-social-issues").
  const memo = new Map<Element, boolean>();
  const excluded = (el: Element | null): boolean => {
    if (!el || el === root) return false;
    let out = memo.get(el);
    if (out === undefined) {
      out =
        el.tagName === 'LI' ||
        isSkippedByTag(el) ||
        (namedFurniture(el) && (held.get(el) ?? 0) <= total / 2) ||
        excluded(el.parentElement);
      memo.set(el, out);
    }
    return out;
  };
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  for (const [p, length] of long) {
    if (excluded(p)) continue;
    // Sites wrap each paragraph in boxes of its own ("component" > "body-text" > <p>): a box that
    // holds nothing else is the paragraph still, and the container is the box holding them all.
    let box: Element = p;
    while (
      box.parentElement &&
      box.parentElement !== root &&
      box.parentElement.childElementCount === 1
    )
      box = box.parentElement;
    add(box.parentElement, length);
    add(box.parentElement?.parentElement ?? null, length / 2);
  }
  for (const [box, length] of runsIn) {
    if (excluded(box)) continue;
    add(box, length);
    add(box.parentElement, length / 2);
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
