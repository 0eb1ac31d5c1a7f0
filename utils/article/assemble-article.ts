import { lowerBound } from '../sorted/lower-bound';
import { siblingArticles } from './sibling-articles';
import { appendElement, createTextMapBuilder, type TextMap } from './text-map';

/**
 * Building the article's text map from the live page's text nodes, in reading order: shared by
 * the page (from a plan the extension made on a copy) and the in-process path (CLI, eval).
 * Nothing here runs Readability, so the content script does not carry it.
 */

/** The article as Sourcelight reads it: its text mapped onto the live page, and its container. */
export interface LiveArticle {
  map: TextMap;
  /** The live element holding the article's text (for watching changes inside it). */
  roots: Element[];
}

/** Less text than this is a caption or a teaser, not an article. */
export const MIN_TEXT = 200;

/** The nearest element holding both nodes. */
function commonAncestor(a: Node, b: Node): Element | null {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) {
    if (seen.has(n) && n.nodeType === 1) return n as Element;
  }
  return null;
}

/** What a walk of the article hands on, in reading order: text nodes and paragraph breaks. */
export interface KeptSink {
  text(node: Text): void;
  newline(): void;
}

/**
 * Builds the article from the live text nodes `replay` hands on: the title heading first, then the
 * kept text (only what is rendered, each node once), and on an infinite-scroll page the stories
 * beside it. `isVisible` checks a live element when the page is rendered (not in Node).
 */
export function assembleArticle(
  replay: (sink: KeptSink) => void,
  isVisible: (el: Element) => boolean = () => true,
  heading: Element | null = null,
): LiveArticle | null {
  const article = assemble(replay, isVisible, heading, null);
  if (!article?.roots[0]) return article;
  // An infinite-scroll page: the stories beside Readability's, read from the page in order.
  const siblings = siblingArticles(article.roots[0]);
  if (siblings.before.length + siblings.after.length === 0) return article;
  return assemble(replay, isVisible, heading, siblings);
}

function assemble(
  replay: (sink: KeptSink) => void,
  isVisible: (el: Element) => boolean,
  heading: Element | null,
  siblings: { before: Element[]; after: Element[] } | null,
): LiveArticle | null {
  const builder = createTextMapBuilder();
  const used = new Set<Text>();
  const visibility = new Map<Element, boolean>();
  let first: Text | null = null;
  let last: Text | null = null;
  const visible = (el: Element | null): boolean => {
    if (!el) return false;
    let v = visibility.get(el);
    if (v === undefined) visibility.set(el, (v = isVisible(el)));
    return v;
  };
  const sink: KeptSink = {
    text(live) {
      if (used.has(live)) return;
      used.add(live);
      if (!visible(live.parentElement)) return;
      builder.append(live);
      if (live.data.trim() === '') return;
      first ??= live;
      last = live;
    },
    newline: () => builder.newline(),
  };
  for (const el of siblings?.before ?? []) appendElement(builder, el);
  if (heading) {
    // The title heading Readability took out, read from the live page, as the first line.
    const walker = heading.ownerDocument.createTreeWalker(heading, 4 /* NodeFilter.SHOW_TEXT */);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      if (used.has(t) || !visible(t.parentElement)) continue;
      used.add(t);
      builder.append(t);
    }
    builder.newline();
  }
  replay(sink);
  for (const el of siblings?.after ?? []) appendElement(builder, el);

  const map = builder.finish();
  if (map.text.length < MIN_TEXT || !first || !last) return null;
  const root = commonAncestor(first, last);
  const roots = root ? [root] : [];
  if (siblings) roots.push(...siblings.before, ...siblings.after);
  return { map, roots };
}

/** Each distinct text → the positions of the nodes holding it, in document order. */
export function textIndex(texts: readonly Text[]): Map<string, number[]> {
  const byText = new Map<string, number[]>();
  texts.forEach((t, i) => {
    const list = byText.get(t.data);
    if (list) list.push(i);
    else byText.set(t.data, [i]);
  });
  return byText;
}

/** The first of `positions` (ascending) at or after `from` whose node is not used yet. */
export function firstUnusedFrom(
  positions: readonly number[],
  from: number,
  texts: readonly Text[],
  used: ReadonlySet<Text>,
): number | undefined {
  // Binary search for the first position at or after `from`: a page has thousands of "\n".
  for (
    let k = lowerBound(positions.length, (i) => positions[i]!, from);
    k < positions.length;
    k++
  ) {
    if (!used.has(texts[positions[k]!]!)) return positions[k];
  }
  return undefined;
}
