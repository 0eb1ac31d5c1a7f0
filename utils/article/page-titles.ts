/**
 * The titles a page gives its article, in the places Readability reads its title from: JSON-LD
 * `headline`, the Open Graph, Dublin Core and Twitter titles, and `<title>`. The page finds its
 * title heading by the title Readability reports (`titleHeading`), so the part of the page it
 * copies (`article-scope.ts`) must hold the heading any of them names.
 */
const META_TITLES =
  'meta[property="og:title"], meta[name="og:title"], meta[name="dc:title"], meta[name="twitter:title"]';
const HEADLINE = /"headline"\s*:\s*("(?:[^"\\]|\\.)*")/g;
/** JSON-LD blocks read at most: a page's own are a few; a listing may have one per story. */
const SCRIPT_CAP = 10;

/** The page's titles, `<title>` first, without repeats. */
export function pageTitles(doc: Document): string[] {
  const titles = new Set<string>([doc.title]);
  for (const meta of doc.querySelectorAll(META_TITLES)) {
    const content = meta.getAttribute('content');
    if (content) titles.add(content);
  }
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < Math.min(scripts.length, SCRIPT_CAP); i++)
    for (const [, literal] of (scripts[i]!.textContent ?? '').matchAll(HEADLINE)) {
      try {
        titles.add(JSON.parse(literal!) as string);
      } catch {
        // A broken block: Readability skips it too.
      }
    }
  return [...titles];
}
