/** Elements that say outright that they hold the article's text. */
const MARKED_BODY = ['[itemprop="articleBody"]', '[data-sourcelight-article]'];
/** Elements that usually hold it, but also hold listings: they must show prose to count. */
const LIKELY_BODY = ['article', '[role="article"]', 'main'];

/** A paragraph this long is prose, not a menu item, a caption or a product blurb. */
const LONG_PARAGRAPH = 80;
const MIN_PARAGRAPHS = 2;
const MIN_TEXT = 200;
/** Most paragraphs to look at per candidate: a listing of 5,000 items must not cost 5,000 reads. */
const SCAN_CAP = 600;

/** Whether the page says, in schema.org JSON-LD, that it is a news article. */
export function hasNewsArticleSchema(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (
      /"@type"\s*:\s*"(?:News|Reporting|Analysis|Opinion)?Article"/.test(script.textContent ?? '')
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Every element holding an article's text, largest first: one on most pages, several where an
 * infinite-scroll site has appended the next articles. Empty when the page is not an article.
 */
export function findArticleRoots(doc: Document): Element[] {
  // One pass over the DOM for every kind of candidate; most pages have none of them.
  const candidates = [...doc.querySelectorAll([...MARKED_BODY, ...LIKELY_BODY].join(', '))];
  const marked = candidates.filter(
    (el) => MARKED_BODY.some((sel) => el.matches(sel)) && (el.textContent ?? '').length >= MIN_TEXT,
  );
  if (marked.length > 0) return outermost(marked);
  for (const selector of LIKELY_BODY) {
    const scored = candidates
      .filter((el) => el.matches(selector))
      .map((el) => ({ el, text: proseLength(el) }))
      .filter((c) => c.text > 0)
      .sort((a, b) => b.text - a.text);
    if (scored.length > 0) return outermost(scored.map((c) => c.el));
  }
  const paragraphs = doc.getElementsByTagName('p');
  if (paragraphs.length < 3) return [];
  // A page that declares itself a news article needs less evidence from paragraph density.
  const minText = hasNewsArticleSchema(doc) ? MIN_TEXT : 2 * MIN_TEXT;
  const dense = densestParagraphParent(paragraphs, minText);
  return dense ? [dense] : [];
}

/** The elements not inside another one of them, in the order given. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** How much prose an element holds (long paragraphs only), or 0 when it is not enough to be an article. */
function proseLength(el: Element): number {
  const paragraphs = el.getElementsByTagName('p');
  let count = 0;
  let text = 0;
  const end = Math.min(paragraphs.length, SCAN_CAP);
  for (let i = 0; i < end; i++) {
    const p = paragraphs[i]!;
    // Text inside list items is a listing's blurb, however long.
    const len = p.closest('li') ? 0 : (p.textContent ?? '').trim().length;
    if (len < LONG_PARAGRAPH) {
      // A hundred paragraphs and not one sentence: a listing, not an article.
      if (i >= 100 && count === 0) return 0;
      continue;
    }
    count += 1;
    text += len;
  }
  return count >= MIN_PARAGRAPHS && text >= MIN_TEXT ? text : 0;
}

/** Text-density fallback: the parent with the most paragraph text, if there is enough of it. */
function densestParagraphParent(
  paragraphs: HTMLCollectionOf<HTMLParagraphElement>,
  minText: number,
): Element | null {
  const score = new Map<Element, { text: number; count: number }>();
  const end = Math.min(paragraphs.length, SCAN_CAP);
  let long = 0;
  for (let i = 0; i < end; i++) {
    const p = paragraphs[i]!;
    const parent = p.parentElement;
    const len = p.closest('li') ? 0 : (p.textContent ?? '').trim().length;
    if (!parent || len < LONG_PARAGRAPH) {
      if (i >= 100 && long === 0) return null;
      continue;
    }
    long += 1;
    const s = score.get(parent) ?? { text: 0, count: 0 };
    s.text += len;
    s.count += 1;
    score.set(parent, s);
  }
  let best: Element | null = null;
  let bestText = 0;
  for (const [el, s] of score) {
    if (s.count >= 3 && s.text > bestText) {
      best = el;
      bestText = s.text;
    }
  }
  return bestText >= minText ? best : null;
}
