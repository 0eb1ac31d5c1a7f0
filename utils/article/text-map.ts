import { isBlockElement, isSkippedElement } from './skip-rules';

/** One text node's share of the plain text. */
export interface TextSegment {
  node: Text;
  /** Offsets of this node's (whitespace-collapsed) text in the plain text. */
  start: number;
  end: number;
  /** For each plain-text offset in the segment, the offset in node.data; null when they are equal. */
  rawOffsets: number[] | null;
}

/** The article's plain text (paragraphs separated by newlines) and where each piece came from. */
export interface TextMap {
  text: string;
  segments: TextSegment[];
}

/** Whitespace other than single spaces: such a node needs collapsing. */
const NEEDS_COLLAPSE = /[\t\n\r\f\v\u00a0]| {2}/;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/** Runs of the whitespace `isSpace` counts. */
const SPACES = /[\t\n\v\f\r \u00a0]+/g;

/** Collapses runs of whitespace to one space (none after a space or a line break). */
function collapse(data: string, last: string): string {
  const out = data.replace(SPACES, ' ');
  return out.charCodeAt(0) === 32 && (last === ' ' || last === '\n') ? out.slice(1) : out;
}

/**
 * For each character `collapse` keeps, its offset in `data`. Made only for the segments a range or
 * a selection touches (the page maps every text node of the article, and most are never asked).
 */
function collapsedOffsets(data: string, last: string, count: number): number[] {
  const offsets: number[] = [];
  let prev = last;
  for (let i = 0; i < data.length && offsets.length < count; i++) {
    if (isSpace(data.charCodeAt(i))) {
      if (prev === ' ' || prev === '\n') continue;
      prev = ' ';
    } else prev = data.charAt(i);
    offsets.push(i);
  }
  return offsets;
}

/**
 * A segment whose raw offsets are worked out on first read (once the map is built: its end may
 * have been moved back over a trailing space), then kept.
 */
function collapsedSegment(node: Text, start: number, end: number, last: string): TextSegment {
  const data = node.data;
  let offsets: number[] | undefined;
  return {
    node,
    start,
    end,
    get rawOffsets() {
      return (offsets ??= collapsedOffsets(data, last, this.end - this.start));
    },
  };
}

/** Builds a TextMap piece by piece: paragraph breaks and text nodes, in reading order. */
export interface TextMapBuilder {
  /** Starts a new paragraph (a no-op at the start or right after a break). */
  newline(): void;
  /** Appends a text node's text, whitespace collapsed as a browser renders it. */
  append(node: Text): void;
  finish(): TextMap;
}

/** A builder for a TextMap whose text comes from nodes chosen by the caller. */
export function createTextMapBuilder(): TextMapBuilder {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let last = '\n'; // the last character emitted; '\n' at the start so leading space is dropped

  const newline = (): void => {
    if (length === 0 || last === '\n') return;
    if (last === ' ') {
      // A space before a paragraph break is noise: replace it rather than keep it.
      parts[parts.length - 1] = (parts[parts.length - 1] ?? '').slice(0, -1);
      length -= 1;
      const seg = segments[segments.length - 1];
      // The raw offsets, read later, stop at the segment's end.
      if (seg && seg.end > length) seg.end = length;
    }
    parts.push('\n');
    length += 1;
    last = '\n';
  };

  const append = (node: Text): void => {
    const data = node.data;
    // Most text nodes in an article need no whitespace work: take them as they are.
    const plain =
      !NEEDS_COLLAPSE.test(data) && !(data.charCodeAt(0) === 32 && (last === ' ' || last === '\n'));
    const out = plain ? data : collapse(data, last);
    if (out.length === 0) return;
    segments.push(
      plain
        ? { node, start: length, end: length + out.length, rawOffsets: null }
        : collapsedSegment(node, length, length + out.length, last),
    );
    parts.push(out);
    length += out.length;
    last = out.charAt(out.length - 1);
  };

  const finish = (): TextMap => {
    let text = parts.join('');
    // Drop the trailing break so the text ends with the last word.
    while (text.endsWith('\n') || text.endsWith(' ')) text = text.slice(0, -1);
    return { text, segments };
  };

  return { newline, append, finish };
}

/** Appends a live element's text to `builder` as a reader sees it (skipped parts left out). */
export function appendElement(builder: TextMapBuilder, root: Element): void {
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      builder.append(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkippedElement(el)) return;
    const block = isBlockElement(el);
    if (block) builder.newline();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) builder.newline();
  };
  builder.newline();
  visit(root);
  builder.newline();
}

/**
 * Walks the given root (or roots, in document order, each starting a new paragraph) and builds
 * its plain text, collapsing whitespace as a browser renders it.
 */
export function buildTextMap(roots: Element | readonly Element[]): TextMap {
  const builder = createTextMapBuilder();
  const list = Array.isArray(roots) ? [...(roots as readonly Element[])] : [roots as Element];
  list.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const root of list) appendElement(builder, root);
  return builder.finish();
}
