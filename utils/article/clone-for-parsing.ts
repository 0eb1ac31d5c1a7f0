import { boxesAround } from './article-scope';

/** A copy of the page for Readability to take apart, and the way back to the live text nodes. */
export interface ParsingClone {
  clone: Document;
  /** Each text node of the clone → the live text node it was copied from. */
  originalOf: Map<Text, Text>;
  /** The live text nodes in document order, for aligning nodes Readability made anew. */
  liveTexts: Text[];
  /** Position of each live text node in `liveTexts`. */
  liveIndex: Map<Text, number>;
}

/** The text nodes under `root` (a document or an element) in document order. */
export function textNodes(root: Document | Element): Text[] {
  const out: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/**
 * Clones the document (the page itself is never touched) and pairs each cloned text node with its
 * original, before Readability moves anything: a deep clone keeps the order of text nodes. With a
 * `scope` (`article-scope.ts`) only that part of the body is cloned, inside empty copies of the
 * boxes around it, with the head and the body's JSON-LD: what the page sends the extension.
 */
export function cloneForParsing(doc: Document, scope: Element | null = doc.body): ParsingClone {
  const whole = !scope || scope === doc.body;
  const clone = whole ? (doc.cloneNode(true) as Document) : scopedClone(doc, scope);
  const liveTexts = textNodes(whole ? doc : scope);
  const cloneTexts = textNodes(whole ? clone : clone.body);
  const originalOf = new Map<Text, Text>();
  const liveIndex = new Map<Text, number>();
  // Equal by construction; the guard is for a DOM that differs (a page script racing the clone).
  const n = Math.min(liveTexts.length, cloneTexts.length);
  for (let i = 0; i < n; i++) {
    originalOf.set(cloneTexts[i]!, liveTexts[i]!);
    liveIndex.set(liveTexts[i]!, i);
  }
  return { clone, originalOf, liveTexts, liveIndex };
}

/** Body JSON-LD (Readability reads its title from it) that lies outside `scope`. */
export function jsonLdOutside(doc: Document, scope: Element): Element[] {
  const out: Element[] = [];
  for (const s of doc.body?.querySelectorAll('script[type="application/ld+json"]') ?? [])
    if (!scope.contains(s)) out.push(s);
  return out;
}

/** A document of the head, the body's JSON-LD and `scope` inside empty copies of its boxes. */
function scopedClone(doc: Document, scope: Element): Document {
  const clone = doc.cloneNode(false) as Document;
  const html = clone.appendChild(clone.importNode(doc.documentElement, false));
  const head = html.appendChild(
    doc.head ? clone.importNode(doc.head, true) : clone.createElement('head'),
  );
  for (const s of jsonLdOutside(doc, scope)) head.appendChild(clone.importNode(s, true));
  let parent: Element = html.appendChild(clone.importNode(doc.body!, false));
  for (const box of boxesAround(scope)) parent = parent.appendChild(clone.importNode(box, false));
  parent.appendChild(clone.importNode(scope, true));
  return clone;
}
