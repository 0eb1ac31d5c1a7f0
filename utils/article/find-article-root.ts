/** Selectors that name the article body outright, most specific first. */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '[data-sourcelight-article]',
  'article',
  '[role="article"]',
  'main',
];

const MIN_PARAGRAPHS = 3;
/** An element marked up as the article needs less text to count than one guessed from density. */
const MIN_MARKED_TEXT = 200;
const MIN_TEXT = 400;

/** Whether the page says, in schema.org JSON-LD, that it is a news article. */
export function hasNewsArticleSchema(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (/"@type"\s*:\s*"(?:News|Reporting|Analysis|Opinion)?Article"/.test(script.textContent ?? '')) {
      return true;
    }
  }
  return false;
}

/**
 * The element that holds the article's text, or null when the page is not an article.
 * Cheap on purpose: it runs on every page, and most pages are not articles.
 */
export function findArticleRoot(doc: Document): Element | null {
  const paragraphs = doc.getElementsByTagName('p');
  if (paragraphs.length < MIN_PARAGRAPHS && !doc.querySelector('article, [itemprop="articleBody"]')) {
    return null;
  }
  for (const selector of BODY_SELECTORS) {
    const best = largest(doc.querySelectorAll(selector));
    if (best && textLength(best) >= MIN_MARKED_TEXT) return best;
  }
  return densestParagraphParent(paragraphs);
}

function largest(list: NodeListOf<Element>): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of list) {
    const len = textLength(el);
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return best;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').length;
}

/** Text-density fallback: the parent with the most paragraph text, if there is enough of it. */
function densestParagraphParent(paragraphs: HTMLCollectionOf<HTMLParagraphElement>): Element | null {
  const score = new Map<Element, { text: number; count: number }>();
  for (const p of paragraphs) {
    const parent = p.parentElement;
    if (!parent) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < 40) continue;
    const s = score.get(parent) ?? { text: 0, count: 0 };
    s.text += len;
    s.count += 1;
    score.set(parent, s);
  }
  let best: Element | null = null;
  let bestText = 0;
  for (const [el, s] of score) {
    if (s.count >= MIN_PARAGRAPHS && s.text > bestText) {
      best = el;
      bestText = s.text;
    }
  }
  return bestText >= MIN_TEXT ? best : null;
}
