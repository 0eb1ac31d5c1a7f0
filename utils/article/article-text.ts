import { findArticleRoot } from './find-article-root';
import { buildTextMap } from './text-map';

/** The article's plain text (paragraphs separated by newlines), or null when there is no article. */
export function extractArticleText(doc: Document): string | null {
  const root = findArticleRoot(doc);
  if (!root) return null;
  const { text } = buildTextMap(root);
  return text.length > 0 ? text : null;
}
