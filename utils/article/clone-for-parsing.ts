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
 * original, before Readability moves anything: a deep clone keeps the order of text nodes.
 */
export function cloneForParsing(doc: Document): ParsingClone {
  const clone = doc.cloneNode(true) as Document;
  const liveTexts = textNodes(doc);
  const cloneTexts = textNodes(clone);
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
