/**
 * Readability takes the heading that repeats the page title out of the article; the reader sees
 * it as the article's first line, so Sourcelight finds it again on the live page and keeps it.
 */

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** How many of the first characters of `a` and `b` are the same. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a heading is the title worded a little differently: the same first two thirds or more
 * (at least 20 characters), as when the `<title>` ends its question another way than the `<h1>`.
 */
const mostlySame = (text: string, wanted: string): boolean => {
  const shared = commonPrefix(text, wanted);
  return shared >= 20 && shared * 3 >= 2 * Math.min(text.length, wanted.length);
};

/** The live <h1> whose text is the article's title (or most of it), if there is one. */
export function titleHeading(doc: Document, title: string | null | undefined): Element | null {
  const wanted = squash(title ?? '');
  if (wanted.length < 10) return null;
  const headings = doc.getElementsByTagName('h1');
  let near: Element | null = null;
  // `item(i)`, not `[i]`: indexing a live collection takes a slow path in Chromium (may-hold-article.ts).
  for (let i = 0; i < 20; i++) {
    const h = headings.item(i);
    if (!h) break;
    const text = squash(h.textContent ?? '');
    if (text.length < 10) continue;
    // Sites add their name to the <title> ("Story | Site"): the heading is then the title's start.
    if (text === wanted || wanted.startsWith(text) || text.startsWith(wanted)) return h;
    if (!near && mostlySame(text, wanted)) near = h;
  }
  return near;
}

/**
 * The title heading only when it is inside `scope`, the part of the page read: the extension's copy
 * holds nothing else, so the page and the in-process path both read none from outside it.
 */
export function titleHeadingIn(
  doc: Document,
  title: string | null | undefined,
  scope: Element | null,
): Element | null {
  const heading = titleHeading(doc, title);
  return heading && scope?.contains(heading) ? heading : null;
}
