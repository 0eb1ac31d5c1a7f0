/**
 * Readability takes the heading that repeats the page title out of the article; the reader sees
 * it as the article's first line, so Sourcelight finds it again on the live page and keeps it.
 */

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The live <h1> whose text is the article's title (or most of it), if there is one. */
export function titleHeading(doc: Document, title: string | null | undefined): Element | null {
  const wanted = squash(title ?? '');
  if (wanted.length < 10) return null;
  const headings = doc.getElementsByTagName('h1');
  for (let i = 0; i < headings.length && i < 20; i++) {
    const h = headings[i]!;
    const text = squash(h.textContent ?? '');
    // Sites add their name to the <title> ("Story | Site"): the heading is then the title's start.
    if (
      text.length >= 10 &&
      (text === wanted || wanted.startsWith(text) || text.startsWith(wanted))
    )
      return h;
  }
  return null;
}
