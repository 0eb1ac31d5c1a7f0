import { articleScope } from './article-scope';
import { mayHoldArticle } from './may-hold-article';
import type { LiveArticle } from './assemble-article';
import { parseArticle } from './parse-article';
import { mapToLive } from './readability-article';

/**
 * Finds the article in one go (Node: the CLI and the eval; the content script runs the same steps
 * apart, in idle time): the cheap gate, then Readability on a clone, mapped back onto `doc`.
 */
export function extractArticle(
  doc: Document,
  isVisible?: (el: Element) => boolean,
): LiveArticle | null {
  if (!mayHoldArticle(doc)) return null;
  const parsed = parseArticle(doc, articleScope(doc));
  if (!parsed) return null;
  return mapToLive(parsed.content, parsed.parsing, isVisible, parsed.heading, parsed.lead);
}

/** The article's plain text (paragraphs separated by newlines), or null when there is no article. */
export function extractArticleText(doc: Document): string | null {
  return extractArticle(doc)?.map.text ?? null;
}
