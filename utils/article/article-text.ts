import { findArticleRoots } from './find-article-root';
import { buildTextMap } from './text-map';

/** The article's plain text (paragraphs separated by newlines), or null when there is no article. */
export function extractArticleText(doc: Document): string | null {
  const roots = findArticleRoots(doc);
  if (roots.length === 0) return null;
  const { text } = buildTextMap(roots);
  return text.length > 0 ? text : null;
}
