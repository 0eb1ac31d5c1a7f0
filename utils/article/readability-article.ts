import { Readability } from '@mozilla/readability';
import type { ParsingClone } from './clone-for-parsing';
import { isContributorNote } from './contributor-note';
import { isLinkTeaser } from './furniture';
import { labelLineFilter } from './label-line';
import { isMetaLineText } from './meta-line';
import { isReaderNoticeText, MAX_NOTICE } from './reader-notice';
import { shortBlockText } from './short-block';
import { isBlockElement, isSkippedByMarkup, isSkippedByTag, namedFurniture } from './skip-rules';
import {
  assembleArticle,
  firstUnusedFrom,
  textIndex,
  type KeptSink,
  type LiveArticle,
} from './assemble-article';

/**
 * Runs Readability on the clone (which it takes apart) and returns the element it kept as the
 * article, still inside the clone, classes kept so that furniture rules can read them, and the
 * length of its text as Readability counts it.
 */
export function parseWithReadability(
  clone: Document,
): { content: Element; title: string | null; length: number } | null {
  const reader = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  const result = reader.parse();
  if (!result?.content) return null;
  return { content: result.content, title: result.title ?? null, length: result.length ?? 0 };
}

/**
 * Walks what Readability kept, in its order and with its paragraphs, and builds the text map over
 * the live text nodes those came from (see `walkKept`).
 */
export function mapToLive(
  content: Element,
  parsing: ParsingClone,
  isVisible: (el: Element) => boolean = () => true,
  heading: Element | null = null,
  lead: readonly Element[] = [],
): LiveArticle | null {
  return assembleArticle(
    (sink) => {
      walkLead(lead, sink);
      walkKept(content, parsing, sink);
    },
    isVisible,
    heading,
  );
}

/** Hands on the text nodes of the standfirst paragraphs (original nodes), a paragraph each. */
export function walkLead(lead: readonly Element[], sink: KeptSink): void {
  for (const p of lead) {
    const walker = p.ownerDocument.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) sink.text(t as Text);
    sink.newline();
  }
}

/**
 * Walks what Readability kept (`content`, in the parsed copy), in its order and with its
 * paragraphs, and hands on the original text nodes those came from. A node Readability made anew
 * is matched to the next original node with the same text; one that matches none is left out (it
 * could not be highlighted). Furniture inside the article (skip rules, link teasers, label lines)
 * is left out.
 */
export function walkKept(content: Element, parsing: ParsingClone, out: KeptSink): void {
  const sink = labelLineFilter(out);
  const { originalOf, liveTexts, liveIndex } = parsing;
  const total = (content.textContent ?? '').length;
  const used = new Set<Text>();
  let cursor = 0;

  // Readability re-creates every node when it retries with looser rules (it resets the page from
  // its HTML): then each kept node is matched to the first unused live node with the same text
  // after the last one matched.
  let byText: Map<string, number[]> | null = null;
  const align = (node: Text): Text | undefined => {
    byText ??= textIndex(liveTexts);
    const live = firstUnusedFrom(byText.get(node.data) ?? [], cursor, liveTexts, used);
    return live === undefined ? undefined : liveTexts[live];
  };

  // Readability flattens boxes it finds empty of prose ("authors" > "inlineblock" > <h5>Name</h5>
  // keeps only the <h5>), so a furniture box is looked for on the original page too (its markup
  // only: the live page, or the extension's intact copy of it), with the same guard against a box
  // holding most of the article.
  const furniture = new Map<Element, boolean>();
  const originalFurniture = (el: Element | null): boolean => {
    if (!el || el.tagName === 'BODY') return false;
    let f = furniture.get(el);
    if (f === undefined) {
      f =
        (isSkippedByMarkup(el) && (el.textContent ?? '').length < total / 2) ||
        originalFurniture(el.parentElement);
      furniture.set(el, f);
    }
    return f;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const live = originalOf.get(node as Text) ?? align(node as Text);
      if (!live || used.has(live)) return;
      used.add(live);
      cursor = (liveIndex.get(live) ?? cursor) + 1;
      if (originalFurniture(live.parentElement)) return;
      sink.text(live);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkippedByTag(el) || isLinkTeaser(el)) return;
    // One read of a short block's text serves both wording rules.
    const short = shortBlockText(el, MAX_NOTICE);
    if (short !== null && (isReaderNoticeText(short) || isMetaLineText(short))) return;
    if (isContributorNote(el)) return;
    // A class name is a hint, not proof ("author-sarah" on a blog post's <article>): a box holding
    // most of what Readability kept is the article, whatever it is called.
    if (namedFurniture(el) && (el.textContent ?? '').length < total / 2) return;
    const block = isBlockElement(el);
    if (block) sink.newline();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) sink.newline();
  };
  visit(content);
  sink.flush();
}
