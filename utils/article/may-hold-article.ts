/**
 * The cheap first look: whether a page can hold an article at all, decided without cloning or
 * parsing it, so that a page that is not an article costs next to nothing. The same test as
 * Readability's `isProbablyReaderable` (paragraphs over 140 characters, scored by the square root of
 * their excess), with caps so a listing of thousands of items stops early.
 */

/** Readability's own thresholds for isProbablyReaderable. */
const MIN_CONTENT = 140;
const MIN_SCORE = 20;
/** Paragraphs read at most: a listing of thousands of items must not cost thousands of reads. */
const SCAN_CAP = 3000;

// Readability's class/id words for page furniture, and the words that overrule them.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

/** Whether the page says, in schema.org JSON-LD, that it is a news or blog article. */
export function hasArticleSchema(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const json = script.textContent ?? '';
    if (/"@type"\s*:\s*\[?\s*"(?:News|Reporting|Analysis|Opinion|Blog|Scholarly)?Article"/.test(json))
      return true;
    if (/"@type"\s*:\s*\[?\s*"BlogPosting"/.test(json)) return true;
  }
  return false;
}

/** An element hidden by its own attributes or inline style (no layout needed to tell). */
function hiddenByMarkup(el: Element): boolean {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    style?.display === 'none' ||
    style?.visibility === 'hidden'
  );
}

/** Whether the page may hold an article: worth cloning and handing to Readability. */
export function mayHoldArticle(doc: Document): boolean {
  if (hasArticleSchema(doc)) return true;
  const nodes = doc.querySelectorAll('p, pre, article');
  let score = 0;
  const end = Math.min(nodes.length, SCAN_CAP);
  for (let i = 0; i < end; i++) {
    const node = nodes[i]!;
    if (hiddenByMarkup(node)) continue;
    const names = `${node.getAttribute('class') ?? ''} ${node.id}`;
    if (UNLIKELY.test(names) && !MAYBE.test(names)) continue;
    if (node.parentElement?.closest('li')) continue;
    const length = (node.textContent ?? '').trim().length;
    if (length < MIN_CONTENT) continue;
    score += Math.sqrt(length - MIN_CONTENT);
    if (score > MIN_SCORE) return true;
  }
  return false;
}
