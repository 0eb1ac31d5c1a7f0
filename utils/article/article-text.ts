import { cloneForParsing } from './clone-for-parsing';
import { mayHoldArticle } from './may-hold-article';
import type { LiveArticle } from './assemble-article';
import { mapToLive, parseWithReadability } from './readability-article';
import { titleHeading } from './title-heading';

/**
 * Finds the article in one go (Node: the CLI and the eval; the content script runs the same steps
 * apart, in idle time): the cheap gate, then Readability on a clone, mapped back onto `doc`.
 */
export function extractArticle(
  doc: Document,
  isVisible?: (el: Element) => boolean,
): LiveArticle | null {
  if (!mayHoldArticle(doc)) return null;
  const parsing = cloneForParsing(doc);
  const parsed = parseWithReadability(parsing.clone);
  if (!parsed) return null;
  return mapToLive(parsed.content, parsing, isVisible, titleHeading(doc, parsed.title));
}

/** The article's plain text (paragraphs separated by newlines), or null when there is no article. */
export function extractArticleText(doc: Document): string | null {
  return extractArticle(doc)?.map.text ?? null;
}
